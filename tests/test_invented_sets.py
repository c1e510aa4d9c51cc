"""Code-only scores on the invented test sets (``tests/data/*.jsonl``), one table.

Each set was written and annotated by the shared rules (``shared/eval/attrib_README.md`` for the
attribution sets, ``shared/eval/README.md`` for the dev-style ones) before the code was read: its
first score was an unseen check, and is kept below. The sets were then used to find failures, so
they are no longer unseen. The deterministic layer runs as ``bench/eval_split.py`` runs it (an
empty model answer, then the checks) and is scored with ``summarizer.evaluate``. A floor is the
measured score less about 0.05: it catches a change that loses what was won, not one-figure noise.

Measured when the floors were set (2026-11-30):

* ``attrib_invented`` (8 documents), session 6: eight multi-source wire stories (Lebanon, DRC,
  Syria, Yemen, ...). Before the issue-18 fixes (seven articles): figure recall 0.76, status 0.64,
  source recall 0.90, kind 0.86, party 0.81.
  Now: figure recall 1.00 (64/64), attribution 1.00 (64/64), status accuracy 0.98 (63/64), range
  accuracy 0.95 (61/64), source recall 1.00 (49/49), source kind 1.00 (49/49), party accuracy 0.98
  (42/43), place recall 0.94 (29/31), grounded precision 1.00 (69/69).
* ``attrib_fresh`` (8 documents), session 7: eight stories in eight house styles (DRC, Burkina Faso,
  Haiti, Rakhine, Kharkiv/Belgorod, South Kordofan, Bannu, Catatumbo). UNSEEN, code-only: figure
  0.93, attribution 0.84, status 0.81, range 0.89, source recall 0.81, kind 0.83, party 0.85;
  embedded model: 0.93, 0.87, 0.83, 0.89, 0.81, 0.85, 0.87.
  Now: figure recall 1.00 (68/68), attribution 1.00 (68/68), status accuracy 0.99 (67/68), range
  accuracy 0.88 (60/68), source recall 0.95 (55/58), source kind 1.00 (55/55), party accuracy 1.00
  (47/47), place recall 0.78 (21/27), grounded precision 1.00 (76/76).
* ``attrib_fresh2`` (6 documents), session 7: six stories (Gaza school shelter, Mogadishu hotel
  siege, Cabo Delgado, south Lebanon, Zamfara abduction, Amhara drone strike). UNSEEN, code-only:
  figure 0.88, attribution 0.98, status 0.81, range 0.86, source recall 0.91, kind 0.83, party 0.88.
  Now: figure recall 0.88 (43/49), attribution 1.00 (43/43), status accuracy 1.00 (43/43), range
  accuracy 0.86 (37/43), source recall 1.00 (33/33), source kind 1.00 (33/33), party accuracy 0.93
  (25/27), place recall 0.75 (15/20), grounded precision 1.00 (44/44).
* ``attrib_fresh3`` (6 documents), session 7: six hard forms (a live blog, quotes and passive
  reported speech, a toll listed place by place, relays of other outlets, particle names, a round-up
  of statements). UNSEEN, code-only: figure 0.87, attribution 0.83, status 0.78, range 0.86, source
  recall 0.89, kind 0.88, party 0.92.
  Now: figure recall 1.00 (75/75), attribution 0.95 (71/75), status accuracy 0.97 (73/75), range
  accuracy 0.87 (65/75), source recall 1.00 (47/47), source kind 0.94 (44/47), party accuracy 0.98
  (43/44), place recall 0.89 (16/18), grounded precision 1.00 (76/76).
* ``attrib_fresh4`` (6 documents), session 7: six stories (Mexican cartel massacre, Ecuador prison
  riot, Philippine army vs NPA, Mali and Africa Corps, an IS attack on the SDF, a Gaza aid-queue
  shooting). UNSEEN, code-only: figure 0.88, attribution 0.90, status 0.83, range 0.92, source
  recall 0.94, kind 0.83, party 0.89.
  Now: figure recall 1.00 (59/59), attribution 1.00 (59/59), status accuracy 1.00 (59/59), range
  accuracy 0.92 (54/59), source recall 1.00 (31/31), source kind 1.00 (31/31), party accuracy 0.89
  (25/28), place recall 0.81 (17/21), grounded precision 1.00 (65/65).
* ``actors_invented`` (16 documents), session 7: sixteen documents (10 MUC-4-style, 6 WikiEvents-
  style) stating perpetrators in varied ways. UNSEEN, code-only: actor recall 0.89 (42/47).
  Now: actor recall 1.00 (47/47), grounded precision 1.00 (32/32).
* ``actors_fresh`` (7 documents), session 7: seven more documents written after the first actor
  rules. UNSEEN, code-only: actor recall 0.73 (11/15).
  Now: actor recall 0.87 (13/15).
* ``actors_fresh2`` (14 documents), session 8: fourteen more (7 MUC-4-style, 7 WikiEvents-style),
  written before reading agents.py: passive "by" after long adjuncts, claims, "blamed on",
  "attributed to", suspects, appositions, pronoun chains, acronyms, perpetrators in a later
  sentence. UNSEEN, code-only: actor recall 0.83 (19/23).
  Now: actor recall 1.00 (23/23), grounded precision 1.00 (24/24).
* ``attrib_fresh5`` (6 documents), session 7: six stories (a Houthi strike on a ship, Kashmir border
  shelling, a CODECO massacre in Ituri, a FARC-dissident ambush in Cauca, a Burkina army operation
  against a rights group's count, a Lebanon-Syria border clash). UNSEEN, code-only: figure 0.91,
  attribution 0.71, status 0.59, range 0.90, source recall 0.83, kind 0.89, party 0.91.
  Now: figure recall 0.96 (66/69), attribution 0.85 (56/66), status accuracy 0.91 (60/66), range
  accuracy 0.91 (60/66), source recall 0.86 (36/42), source kind 0.97 (35/36), party accuracy 0.91
  (31/34), place recall 0.56 (10/18), grounded precision 1.00 (75/75).
* ``attrib_fresh6`` (5 documents), session 7: five stories (South Sudan cattle raid, a Kabul mosque
  bombing, a Chad refugee camp attack, Armenia-Azerbaijan border shelling, Cameroon's Anglophone
  conflict). UNSEEN, code-only: figure 0.91, attribution 0.88, status 0.59, range 0.90, source
  recall 0.89, kind 0.92, party 1.00.
  Now: figure recall 0.91 (49/54), attribution 0.90 (44/49), status accuracy 0.80 (39/49), range
  accuracy 0.90 (44/49), source recall 0.89 (24/27), source kind 0.92 (22/24), party accuracy 1.00
  (19/19), place recall 0.85 (11/13), grounded precision 1.00 (50/50).
* ``attrib_fresh7`` (6 documents), session 8: six status-heavy stories (an RSF village raid in
  Gezira, a junta air strike on a Shan market, an ISWAP attack on a Borno base, killings in Oromia,
  a West Bank camp raid, a Balochistan highway attack): rival counts, denials of casualties vs of
  responsibility, sides' claims of enemy losses, own losses, independent confirmation, blanket and
  partial doubts, a revised toll and a withdrawn one. UNSEEN, code-only: figure 0.90 (57/63),
  attribution 0.93, status 0.67 (strict 0.63), range 0.88, source recall 0.95 (42/44), kind 0.95,
  party 0.95.
  Now: figure recall 0.92 (58/63), attribution 0.93 (54/58), status accuracy 0.78 (45/58), range
  accuracy 0.88 (51/58), source recall 0.98 (43/44), source kind 0.95 (41/43), party accuracy 0.95
  (37/39), place recall 0.77 (20/26), grounded precision 1.00 (67/67).
* ``attrib_fresh8`` (6 documents), session 8: six source-heavy stories (a Zaporizhzhia glide-bomb
  strike, Houthi shelling of a Taiz market, armed-group clashes in Tripoli, a jihadist market attack
  in Tillaberi, Manipur violence, a Turkish drone strike in Sinjar with an IS attack in Kirkuk):
  relays, anonymous sources, state and independent media, monitors, UN bodies, toll disputes.
  UNSEEN, code-only: figure 0.90 (77/86), attribution 0.87, status 0.81 (strict 0.75), range
  0.91, source recall 0.80 (56/70), kind 0.84, party 0.91.
  Now: figure recall 0.91 (78/86), attribution 0.96 (75/78), status accuracy 0.88 (69/78), range
  accuracy 0.91 (71/78), source recall 0.83 (58/70), source kind 0.84 (49/58), party accuracy 0.91
  (39/43), place recall 0.78 (21/27), grounded precision 1.00 (84/84).
* ``attrib_fresh9`` (6 documents), session 8, written last and scored once before any fix
  (measure only): six wire stories (Niassa, Arauca, Las Anod, Kachin, Papua, northern Benin), 65
  figures, 60 sources. UNSEEN, code-only at c93f3ef: figure 0.91 (59/65), attribution 0.95, status
  0.88 (strict 0.69), range 0.93, source recall 0.87 (52/60), kind 0.90, party 0.96.
  Now (one regression-guided narrowing, one source fix, the "about n" band): figure recall 0.91
  (59/65), attribution 0.95 (56/59), status accuracy 0.90 (53/59), range accuracy 1.00 (59/59),
  source recall 0.88 (53/60), source kind 0.91 (48/53), party accuracy 0.96 (44/46), place recall
  0.54 (13/24), grounded precision 1.00 (70/70).
* ``attrib_fresh11`` (6 documents), session 9 (H2), written before the code was read and scored
  once before any fix: six status-heavy stories (CAR, Western Sahara, southern Thailand,
  Chhattisgarh, Togo, Enga in PNG), 62 figures, 40 sources. UNSEEN, code-only at 67d0c51: figure
  0.92 (57/62), attribution 0.93, status 0.61 (35/57; strict 0.47), range 0.96, source recall 0.88
  (35/40), kind 0.83, party 0.81.
  Now (sides' and one source's doubts scoped, "government soldiers", no corroboration across
  events, a denial's outcomes, "the post at X"): status accuracy 0.79 (45/57), the rest unchanged;
  place recall 0.88 (22/25), grounded precision 1.00 (71/71).
* ``attrib_fresh10`` (6 documents), session 9 (H1), written before reading the code and scored once
  before any fix: six sources-heavy stories (Iranian drones on Koya, an IED in Mandera, a
  Kyrgyz-Tajik border clash, a CAR mining-town raid, a bomb in Rueso, a JNIM attack in Togo's
  Savanes), 59 figures, 78 sources: relays, one-word outlets, unnamed people, state media of
  several countries, a party's own outlet. UNSEEN, code-only at 133df56: figure 0.97 (57/59),
  attribution 0.95, status 0.91 (strict 0.81), range 0.95, source recall 0.76 (59/78), kind 0.92,
  party 0.91 (49/54). Now (``tests/test_sources_s9a.py``): figure recall 0.97 (57/59), attribution
  1.00 (57/57), status 0.91 (52/57), range 0.95 (54/57), source recall 0.97 (76/78), source kind
  1.00 (76/76), party accuracy 0.87 (62/71), place recall 0.79 (19/24), grounded precision 1.00
  (61/61).
* ``dev_fresh3`` (16 documents), session 8, scored once before any fix (measure only): ten
  MUC-4-style stories coded as the keys code them (each named victim a target of 1) and six ISAF
  releases. UNSEEN, code-only at c93f3ef: casualty recall 0.72 (29/40), strict 0.68, actor 1.00,
  date 1.00.
  After three fixes it found (H18: wounds are not people, "one of the wounded later died", a name
  between joined groups): casualty recall 0.78 (31/40; one victim of 1 had been matched only by
  "about 20" having no bounds), strict 0.78, grounded precision 1.00 (70/70), actor recall 1.00
  (26/26), date accuracy 1.00 (18/18).
* ``dev_fresh4`` (18 documents), session 9 (H3), scored once before any fix: eight MUC-4-style
  wire, radio and interview stories coded as the keys code them, five WikiEvents-style articles
  (places and actors only) and five ISAF releases. UNSEEN, code-only at 5ad1ced: casualty recall
  0.80 (33/41), strict 0.80, grounded precision 1.00 (87/87), actor recall 0.81 (26/32), date
  accuracy 1.00 (15/15).
  After six fixes ("one of the N" counts one, a relative clause before "died", an initialism
  between joined groups, "fell in combat", a counted part after a named member, an alias after a
  named subject): casualty recall 0.95 (39/41), strict 0.95, grounded precision 1.00 (93/93; one
  wrong killed 12 gone), actor recall 0.81 (26/32), date accuracy 1.00 (15/15).
* ``attrib_fresh12`` (7 documents), session 10, written blind (the writer read only the shared
  rules, never the code) and scored once before any fix: seven wire stories (Beni, El-Obeid,
  Letpanhla, Dhale, Zaporizhzhia, El Hatillo, Tankoulga) with datelines of several forms, 85
  figures, 67 sources. UNSEEN, code-only at f6fde13: figure 0.92 (78/85), attribution 0.88
  (69/78), status 0.76 (59/78; strict 0.76), range 0.99, source recall 0.87 (58/67), kind 0.86,
  party 0.92 (48/52), figure precision 0.94, source precision 0.76, place recall 0.77,
  grounded precision 1.00 (83/83).
  Now (tuned on it, 158c932): figure 0.99 (84/85), attribution 0.99, status 1.00 (strict 0.98),
  range 0.99, source recall 0.99 (66/67), kind 1.00, party 1.00, grounded 1.00 (84/84).
* ``attrib_fresh13`` (7 documents), session 10, written blind (second writer, rules only) and
  scored before any fix: Cabo Delgado, Middle Shabelle, Zamfara, Amhara, Syria's northeast,
  Artibonite, Khyber Pakhtunkhwa; 94 figures, 72 sources. UNSEEN, code-only at 42211e9: figure
  0.97 (91/94), attribution 0.92, status 0.74 (strict 0.70), range 0.98, source recall 0.90
  (65/72), kind 0.91, party 0.94; after the session's fresh12 fixes (2f9389c, still unseen):
  status 0.71 (strict 0.68), source recall 0.92, party 0.92, the rest unchanged; embedded model
  at 2f9389c: figure 0.97, attribution 0.92, status 0.69, range 0.98, source recall 0.92, kind
  0.91, party 0.92.
  Now (status causes fixed from it, 158c932): status 0.87 (79/91; strict 0.84), source recall
  0.90 (65/72), party 0.94, the rest unchanged; grounded precision 1.00.
* ``attrib_fresh14`` (7 documents), session 11, written blind (the writer read only the shared
  rules) and scored once before any fix: Hodeidah, Nabouri, Cauca, Depayin, Jabal al-Saqi, Batibo,
  Kabul; 83 figures, 56 sources. UNSEEN, code-only at 18c1382: figure 0.87 (72/83), attribution
  0.86 (62/72), status 0.85 (61/72; strict 0.76), range 0.96, source recall 0.98 (55/56), kind
  0.91, party 0.94 (48/51), figure precision 0.90, grounded precision 1.00 (80/80).
* ``attrib_fresh15`` (7 documents), session 11, written blind by a second writer (rules only) and
  held back while the session's first fixes were made: Zaporizhzhia (a live page), Darfur (a UN
  statement relayed by wires), Ituri, Duhok, Mopti, Manipur, Tammun (a local paper's voice); 94
  figures, 59 sources. UNSEEN, code-only at 18c1382: figure 0.84 (79/94), attribution 0.94,
  status 0.85 (strict 0.77), range 0.99, source recall 0.83 (49/59), kind 0.88, party 0.93;
  still unseen after the session's first fixes (e8dba13): figure 0.86, attribution 0.94, status
  0.85 (strict 0.78), range 0.99, source recall 0.83, kind 0.90, party 0.93.
* ``attrib_fresh16`` (7 documents), session 11, written blind by a third writer (rules only) while
  the session's first fixes were made: Beledweyne, Kalat, Gaza, Borno, Jonglei, Port-au-Prince,
  Syria's coast (wires, a broadcaster, a local paper, a UN statement, a follow-up, an analysis);
  88 figures, 55 sources. UNSEEN, code-only at 18c1382: figure 0.86 (76/88), attribution 0.86,
  status 0.74 (strict 0.70), range 0.97, source recall 0.87 (48/55), kind 0.92, party 0.89; at
  4ea541f (after the first fixes, still unseen): figure 0.86, attribution 0.87, status 0.74
  (strict 0.70), range 0.97, source recall 0.89, kind 0.94, party 0.91.
* ``attrib_fresh17`` (7 documents), session 11, written blind by a fourth writer (rules only) and
  held back until every fix of the session had landed: Kordofan, Rakhine, Zaporizhzhia and
  Belgorod, Dablo, Catatumbo, Quneitra, Lubero; 96 figures, 53 sources. UNSEEN, code-only at
  18c1382 (session start): figure 0.85 (82/96), attribution 0.88, status 0.87 (strict 0.71),
  range 0.99, source recall 0.92 (49/53), kind 0.90, party 0.93; at de25e5e (the session's
  final rules, still unseen): figure 0.85, attribution 0.88, status 0.87 (strict 0.71), range
  0.99, source recall 0.92, kind 0.92, party 0.95, grounded precision 1.00 (89/89).
* ``attrib_fresh18`` (7 documents), session 12, written blind by a writer who read only the
  rules: Koulgande (Burkina Faso), Tinadjar (Mali), Bangoukire (Niger), Debre Wegeg and Gindeberet
  (Ethiopia), Nachiquiri (Cabo Delgado), Bambuikwen (Cameroon); 80 figures, 65 sources. UNSEEN,
  code-only at 13a5562 (session start): figure 0.89 (71/80), attribution 0.90, status 0.90
  (strict 0.76), range 0.96, source recall 0.91 (59/65), kind 0.90, party 0.91, grounded
  precision 1.00 (78/78).
* ``attrib_fresh19`` (7 documents), session 12, written blind by a second writer: Rakhine,
  Kalat, North Waziristan, Datu Hoffer (Mindanao), Bishnupur (Manipur), Depayin (Sagaing), the
  Afghanistan-Pakistan border; 95 figures, 72 sources. UNSEEN, code-only at 13a5562: figure 0.91
  (86/95), attribution 0.98, status 0.76 (strict 0.66), range 0.99, source recall 0.93 (67/72),
  kind 0.93, party 0.92, grounded precision 1.00 (98/98).
* ``attrib_fresh20`` (7 documents), session 12, written blind by a third writer and held back
  until every fix of the session had landed: Fond Baptiste (Haiti), Catatumbo, Michoacan, Deir
  Marjeen (Lebanon), Zaporizhzhia, Deir al-Balah, Tammun; 108 figures, 67 sources. UNSEEN,
  code-only at 13a5562 (session start): figure 0.90 (97/108), attribution 0.93, status 0.77
  (strict 0.67), range 0.96, source recall 0.94 (63/67), kind 0.90, party 0.93; at 5306a41 (the
  session's final rules, still unseen): figure 0.92 (99/108), attribution 0.93, status 0.77
  (strict 0.67), range 0.96, source recall 0.94, kind 0.92, party 0.95, grounded precision 1.00
  (107/107). Now (tuned on it: 5d95074, aa9e8ab, 9bb39e0, 4f18296): status 0.89 (strict 0.76).
* ``attrib_fresh21`` (7 documents), session 13, written blind by a writer who read only the
  rules (emphasis: status): Gandoul (North Darfur), Ceeldhiin (Somalia), an Ituri camp,
  Kuerjiok (Upper Nile), El Obeid, Lubero, Rutshuru; 78 figures, 61 sources. UNSEEN, code-only at
  ef66831 (session start): figure 0.91 (71/78), attribution 0.85, status 0.66 (strict 0.55),
  range 0.99, source recall 0.85 (52/61), kind 0.94, party 0.92, grounded precision 1.00 (75/75).
* ``attrib_fresh22`` (7 documents), session 13, written blind by a second writer (emphasis:
  relays and parties): Hodeidah, Marib, a Kurdistan drone strike, Sarrin (north-east Syria),
  Tripoli, Beit Haroun (Lebanon), Kermanshah; 86 figures, 69 sources. UNSEEN, code-only at
  ef66831: figure 0.92 (79/86), attribution 0.97, status 0.85 (strict 0.81), range 1.00, source
  recall 0.88 (61/69), kind 0.89, party 0.87, grounded precision 1.00 (83/83). Both sets were
  tuned on in session 13: at 8fa381e fresh21 figure 1.00, attribution 1.00, status 0.95 (strict
  0.87), source recall 0.98, kind 0.98, party 0.98; fresh22 1.00, 1.00, 0.99 (0.95), 0.99, 0.99,
  0.98.
* ``attrib_fresh23`` (7 documents), session 13, written blind by a third writer (a balanced mix)
  and held back, never read, until every fix of session 13 had landed: Bokkos (Plateau), a
  Zamfara mosque, Kareto (Borno), Bozoum (CAR), Bosso (Niger), Demoso (Karenni), Kharkiv and
  Belgorod; 90 figures, 61 sources.
  UNSEEN, code-only at ef66831: figure 0.90, attribution 0.98, status 0.89 (strict 0.85), range
  0.95, source recall 0.92, kind 0.98, party 0.94; at 8fa381e (still unseen) figure 0.91 (82/90),
  attribution 0.98, status 0.89 (strict 0.85), range 0.95, source recall 0.92 (56/61), kind 0.98,
  party 0.94, grounded precision 1.00 (86/86). Tuned on from session 14.
* ``attrib_fresh24`` (7 documents), session 14, written blind by a writer who read only the
  rules (emphasis: status): Jonglei, Djibo, Tillaberi, Kupwara, Yahukimo (Papua), Mandera, Lake
  Turkana; 79 figures, 60 sources. UNSEEN, code-only at efdd8f0 (session start): figure 0.94
  (74/79), attribution 0.89, status 0.85 (strict 0.76), range 0.99, source recall 0.87 (52/60),
  kind 0.96, party 0.95, grounded precision 1.00 (82/82).
* ``attrib_fresh25`` (7 documents), session 14, written blind by a second writer (emphasis:
  sources, relays, parties): Catatumbo, a Guayaquil prison riot, Port-au-Prince, Taiz, Mir Ali,
  Surab, Marib; 97 figures, 75 sources. UNSEEN, code-only at efdd8f0: figure 0.90 (87/97),
  attribution 0.93, status 0.74 (strict 0.72), range 0.99, source recall 0.91 (68/75), kind 0.85,
  party 0.91, grounded precision 1.00 (89/89).
* ``attrib_fresh27`` (7 documents), session 15, written blind by a writer who read only the
  rules (emphasis: status and relays): Kasese (Uganda), Abyan, Diyala, a Rio police raid,
  northern Kosovo, Torkham, Longechuk (Upper Nile); 101 figures, 75 sources. UNSEEN, code-only
  at 1ae72e7 (session start): figure 0.90 (91/101), attribution 0.96, status 0.56 (strict 0.54),
  range 0.97, source recall 0.91 (68/75), kind 0.94, party 0.94, grounded precision 1.00
  (100/100). Most status misses: a blanket "could not be verified" sentence that names whose
  figures it doubts applied to every figure.
  Session 15 tuned on fresh24, fresh25 and fresh27; at 37bf1ed (code-only) fresh24 figure 0.96,
  attribution 0.95, status 0.92 (strict 0.84), range 0.99, source recall 0.90, kind 1.00, party
  0.98; fresh25 0.96, 0.97, 0.95 (0.92), 0.99, 0.95, 0.99, 0.96; fresh27 0.93, 1.00, 0.86 (0.85),
  0.97, 0.95, 0.97, 0.98. Floors are these less about 0.02.
* ``attrib_fresh26`` (7 documents), session 15, written blind by a second writer (a balanced
  mix) and held back, never read, until the session's rules had landed: Bundibugyo (Uganda), the
  Thai-Cambodian border, a Rio live blog, northern Kosovo, Diyala, Rangamati, Upper Nile; 94
  figures, 57 sources (its regions overlap attrib_fresh27's: the two writers chose alike).
  UNSEEN, code-only at 1ae72e7 (session start): figure 0.87 (82/94), attribution 0.95, status
  0.87 (strict 0.87), range 0.96, source recall 0.95, kind 0.93, party 0.88; at db06cf5 (every
  session-15 rule but the lead's mend) 0.88, 0.94, 0.87 (0.87), 0.96, 0.93, 0.92, 0.89; at
  1d19a47 (the mend of a sayer lost by a session-15 rule) 0.88 (83/94), 0.95, 0.87 (0.87), 0.96,
  0.96 (55/57), 0.93, 0.88, grounded precision 1.00 (90/90). Tuned on from here.
* ``attrib_fresh28`` (7 documents), session 15, written blind by a third writer (a balanced mix,
  regions of no earlier set) and held back like fresh26: Ratoma (Conakry), Bawku, San Pedro Sula,
  Rask, Northern Samar, Hela (PNG), Tbilisi; 84 figures, 54 sources. UNSEEN, code-only at 1ae72e7:
  figure 0.85 (71/84), attribution 0.94, status 0.76 (strict 0.76), range 0.99, source recall
  0.91, kind 0.92, party 0.82; at db06cf5 and 1d19a47: 0.85 (71/84), 0.94, 0.76 (0.76), 0.99,
  0.91 (49/54), 0.94, 0.84, grounded precision 1.00 (84/84). Tuned on from here.
  After one figure rule tuned on them (37bf1ed): fresh26 figure 0.90, status 0.88; fresh28 figure
  0.86; the rest as above.
* ``attrib_fresh29`` and ``attrib_fresh30`` (7 documents each), session 16, written blind by two
  writers at the session's start (regions of no earlier set: Peru's VRAEM twice, Casamance,
  Betroka, Taplejung, Kamenge, Cantel, M'Batto; Escuintla, El Callao, Khasavyurt, Rushan, Birgunj,
  Tehini) and scored before any session-16 rule. UNSEEN, code-only at aefa453: fresh29 figure
  0.94 (81/86), attribution 0.81, status 0.84, range 0.99, source recall 0.91 (52/57), kind 0.88,
  party 0.83, grounded precision 1.00 (92/92); fresh30 figure 0.88 (65/74), attribution 0.94,
  status 0.78, range 0.98, source recall 0.94 (50/53), kind 0.88, party 0.90, grounded precision
  1.00 (72/72). Tuned on from here.
* ``attrib_fresh31`` and ``attrib_fresh32`` (7 documents each), session 16, written blind by two
  more writers (regions of no earlier set: Bir al-Abd, Adel Bagrou, Kasserine, Mnongodi, Cabinda,
  Ruwaished, Makeni; Ercilla, Laventille, Tacumbu, Zhezkazgan, Lahad Datu, Kragujevac, Parotani)
  and held back, never read, until every session-16 rule had landed at 0a461d7. UNSEEN,
  code-only at aefa453 (session start): fresh31 figure 0.85, attribution 0.93, status 0.86, range
  0.96, source recall 0.96, kind 0.96, party 0.91; fresh32 0.82, 0.91, 0.86, 0.97, 0.91, 0.89,
  0.72. At 0a461d7: fresh31 0.88 (78/89), 0.94, 0.85, 0.96, 0.96 (53/55), 0.96, 0.93, grounded
  precision 1.00 (89/89); fresh32 0.83 (79/95), 0.94, 0.85, 0.97, 0.91 (53/58), 0.89, 0.74,
  grounded precision 1.00 (86/86). The embedded model at 0a461d7: fresh31 0.88, 0.94, 0.86, 0.96,
  0.96, 0.96, 0.93; fresh32 0.83, 0.94, 0.85, 0.97, 0.91, 0.89, 0.74. One rule was written after
  that measurement from a false dispute it showed (arrests against abductions): fresh32 status
  0.87. Tuned on from here.
* ``attrib_fresh33`` and ``attrib_fresh34`` (7 documents each), session 17, written blind at the
  session's start (regions of no earlier set: Kwezi Park, Gwebi Hill, Nkoumbangouedi, Ait Ouaghlis,
  Lilongwe, Gisenyi, Keren; Ampara, Poso, Chon-Alai, Khorezm, Bayramaly, Umnugovi, Dili) and scored
  before any session-17 rule. UNSEEN, code-only at 514151a: fresh33 figure 0.85 (63/74), attribution
  0.86, status 0.73, range 0.98, source recall 0.90 (54/60), kind 0.93, party 0.82, grounded
  precision 1.00 (81/81); fresh34 0.85 (69/81), 0.87, 0.57, 0.94, 0.87 (53/61), 0.92, 0.84, grounded
  precision 1.00 (93/93). Tuned on from here.
* ``attrib_fresh35`` to ``attrib_fresh38`` (7 documents each), session 17, written blind by four
  more writers (El Salvador, Nicaragua, Jamaica, Dominican Republic, Rosario, Darien, Belize;
  south-east Turkey, Bosnia, Northern Ireland, Moldova, Bahrain, Solomon Islands, New Caledonia;
  Liberia, Gambia, Guinea-Bissau, Lesotho, Djibouti, Namibia, Comoros; Greece, Albania, North
  Macedonia, Belarus, Bhutan, Maldives, Basque Country) and held back, never read, until every
  session-17 rule had landed (8691d1b). UNSEEN, code-only at 514151a (session start): fresh35
  figure 0.89, attribution 0.86, status 0.76, range 0.97, source recall 0.89, kind 0.86, party
  0.96; fresh36 0.84, 0.88, 0.76, 0.98, 0.91, 0.85, 0.71; fresh37 0.81, 0.91, 0.69, 0.99, 0.93,
  0.92, 0.83; fresh38 0.80, 0.94, 0.66, 0.92, 0.88, 0.77, 0.63. At 8691d1b: fresh35 0.91 (73/80),
  0.86, 0.77, 0.97, 0.91 (58/64), 0.86, 0.96; fresh36 0.85 (67/79), 0.88, 0.78, 0.99, 0.91 (40/44),
  0.85, 0.71; fresh37 0.84 (70/83), 0.94, 0.73, 0.99, 0.96 (55/57), 0.93, 0.83; fresh38 0.81
  (66/81), 0.92, 0.64, 0.92, 0.88 (44/50), 0.77, 0.63; grounded precision 1.00 on all four.
  Floors are those scores less about 0.02. One rule was written after that measurement, from the
  disasters it showed typed as wars (e2c3f99: a boat that sank or overturned; "stable"): party
  fresh36 0.80, fresh37 0.89, fresh38 0.82. Tuned on from here.
* ``attrib_fresh39`` to ``attrib_fresh42`` (7 documents each), session 18, written blind by four
  writers in the regions most conflict news comes from (Benue, Segou, Tahoua, Lac, Far North
  Cameroon, Est Burkina Faso, Alibori; Suwayda, south Lebanon, Jenin, Anbar, Saada, Galilee,
  Sistan-Baluchestan; North Darfur, Warrap, South Kivu, Afar, Lower Shabelle, Vakaga, Niassa; Sumy,
  the Kursk border, Chin State, Kurram, Badakhshan, Bastar, Sulu), in varied forms (wire with a
  dateline, live blog, UN update, explainer, breaking item, agency report), and held back, never
  read, until every session-18 rule had landed (40e0075). UNSEEN, code-only, the same at 5ccc86c
  (session start) and at 40e0075, to the item: fresh39 figure 0.97 (92/95), attribution 0.90,
  status 0.80, range 0.96, source recall 0.96 (70/73), kind 0.93, party 0.90; fresh40 0.89
  (83/93), 0.88, 0.80, 0.98, 0.88 (60/68), 0.88, 0.90; fresh41 0.97 (92/95), 0.87, 0.77, 0.98,
  0.90 (62/69), 0.90, 0.89; fresh42 0.92 (87/95), 0.93, 0.84, 0.97, 0.79 (57/72), 0.95, 0.81;
  grounded precision 1.00 on all four. The embedded model gave the same on every article. Floors
  are those scores less about 0.02. Tuned on from here.
* ``attrib_fresh43`` to ``attrib_fresh46`` (7 documents each), session 19, written blind by four
  writers (Saada, Bint Jbeil, Khan Younis, Tishreen Dam, Sarsang, Tammun, Abu Salim; Zaporizhzhia,
  Kyauktaw, Belgorod, Tabayin, Kishtwar, Manipur, Bajaur; El Fasher, Dembecha, Masisi, Maru, Djibo,
  Nasir, Dioura; Port-au-Prince, Culiacan, Tibu, Moqokori, Macomia, Ndop, Karimama), in seven forms
  each (wire with a dateline, explainer, live
  page, UN or NGO update, breaking item, local outlet, feature with residents), and held back,
  never read, until every session-19 rule had landed. UNSEEN, code-only, pooled (387 figures, 272
  sources): at becca01 (session start) figure 0.88 (339/387), attribution 0.90, status 0.78, range
  0.97, source recall 0.87 (237/272), kind 0.94, party 0.95; at the session's end figure 0.88
  (340/387), 0.90, 0.78, 0.97, 0.88 (238/272), 0.95, 0.96. Per set at the end: fresh43 0.91, 0.89,
  0.84, 0.98, 0.89, 0.95, 0.98; fresh44 0.85, 0.89, 0.72, 0.98, 0.89, 0.97, 0.98; fresh45 0.90,
  0.93, 0.80, 0.98, 0.88, 0.97, 0.96; fresh46 0.86, 0.90, 0.76, 0.94, 0.84, 0.90, 0.92. Floors are
  the end scores less about 0.02. Tuned on from here.
* ``attrib_fresh51`` to ``attrib_fresh54`` (7 documents each), session 21, written blind by four
  writers who read only ``../shared/eval`` (Sweida, Marib, Tripoli, Sinjar, Jenin, Khan Younis, Duhok;
  Sumy, Pokrovsk, Tavush, Ingushetia, Sagaing, Kunar, Poonch; Tillaberi, Djibo, Benue, Ituri, El
  Fasher, Raya, Lower Shabelle; Cauca, Mirebalais, Michoacan, VRAEM, Basilan, Kurram, Chittagong Hill
  Tracts), seven forms each, committed unread to ``tests/data/held/`` and scored pooled only until
  every session-21 rule had landed. UNSEEN, code-only, pooled (``bench/score_sets.py``; 365 figures,
  294 sources): at 9cdfdf4 (session start) figure 0.88 (322/365), attribution 0.90, status 0.75
  (240/322), range 0.99, source recall 0.87 (257/294), kind 0.89, party 0.88; at the session's end
  the same but status 241/322. The embedded model: the same but status 0.74 (239/322), no failure.
  Floors are the end scores (per set, in the comments below) less about 0.02. Tuned on from here.
* ``attrib_fresh55`` to ``attrib_fresh58`` (7 documents each), session 22, written blind by four
  writers who read only ``../shared/eval`` (Hodeidah, Kirkuk, Jisr al-Shughur, Nablus, Rafah, Baalbek,
  Sirte; Kherson, Kupiansk, Belgorod, Makhachkala, Tirah, Imphal, Sittwe; Gao, Maiduguri, Mocimboa da
  Praia, Rutshuru, Nyala, Bamenda, Beledweyne; Catatumbo, Cite Soleil, Guerrero, Maguindanao, Turbat,
  Intan Jaya, Guayaquil), seven forms each, committed unread to ``tests/data/held/`` and scored pooled
  only until every session-22 rule had landed. UNSEEN, code-only, pooled (412 figures, 313 sources): at
  660ee49 (session start) figure 0.91 (373/412), attribution 0.89, status 0.79 (293/373), range 0.97,
  source recall 0.86 (270/313), kind 0.94, party 0.93; at e457917 figure 0.91 (374/412), attribution 0.91,
  status 0.78 (293/374), source recall 0.87 (272/313), kind 0.94, party 0.93. The embedded model at
  e457917: the same but status 0.79 (295/374). Floors are the end scores less about 0.02. Tuned on from here.
* ``attrib_fresh59`` to ``attrib_fresh62`` (7 documents each), session 23, written blind by four
  writers who read only ``../shared/eval`` (Segou, Yobe, Batha, Tibesti, Bossangoa, Menaka, Agadez; West
  Wollega, Damazin, Abyei, Bentiu, Gedo, Marsabit, Kismayo; Mosul, Afrin, Uvira, Sulaymaniyah, Cibitoke,
  Palma, Hasakah; Odesa, Culiacan, Karamoja, Esmeraldas, Zacatecas, Lashio, Chiapas), seven forms each,
  committed unread to ``tests/data/held/`` and scored pooled only until every session-23 rule had landed.
  UNSEEN, code-only, pooled (382 figures, 283 sources): at 656c027 (session start) figure 0.92 (353/382),
  attribution 0.92 (324/353), status 0.73 (259/353), range 0.97, source recall 0.89 (253/283), kind 0.96,
  party 0.93; at 63969f6 the same but attribution 0.92 (326/353), source recall 0.91 (257/283), kind 0.96
  (247/257), party 0.94 (219/234). Floors are the end scores less about 0.02. Tuned on from here.
* ``attrib_fresh63`` to ``attrib_fresh66`` (7 documents each), session 24, written blind by four
  writers who read only ``../shared/eval`` (Kananga, Tshikapa, Kalehe, Fizi, Dungu, Bangassou, Ndele; Sokoto,
  Kebbi, Bauchi, Taraba, Maradi, Dosso, Kousseri; Zhob, Chitral, Ghazni, Myitkyina, Hakha, Dawei, Bandarban;
  Manbij, Derna, Geneina, Galkayo, Nikopol, Tumaco, Bougainville), seven forms each, committed unread to
  ``tests/data/held/`` and scored pooled only until every session-24 rule had landed. UNSEEN, code-only,
  pooled (425 figures, 276 sources), the same at b2ce1d2 (session start) and at a9a085d: figure 0.90
  (383/425), attribution 0.92 (354/383), status 0.75 (286/383), range 0.97, source recall 0.90 (249/276),
  kind 0.92 (228/249), party 0.91 (203/222). Floors are the end scores less about 0.02. Tuned on from here.
* ``attrib_fresh67`` to ``attrib_fresh70`` (7 documents each), session 25, written blind by four
  writers who read only ``../shared/eval`` (Putumayo, Guaviare, Choco, Tijuana, Ocotal, Tumbes, Puerto
  Princesa; Walikale, Kamituga, Paoua, Barsalogho, Bria, Ngozi, Kalemie; Baidoa, Ed Daein, Renk, Kassala,
  Gedaref, Sabha, Yambio; Ghor, Panjshir, Bryansk, Toretsk, Magway, Gambela, Moyale), seven forms each (wire
  story, live blog, humanitarian bulletin, feature, round-up of claims, rights-group report excerpt, broadcast
  transcript), committed unread to ``tests/data/held/`` and scored pooled once at cce6a59 (session start),
  then tuned on. UNSEEN, code-only, pooled (452 figures, 309 sources): figure 0.84 (378/452), attribution
  0.80 (304/378), status 0.65 (246/378), range 0.97, source recall 0.75 (232/309), kind 0.88 (203/232),
  party 0.91 (194/214); the embedded model the same within 0.01. Floors are the end scores less about 0.03.
* ``dev_fresh5`` (18 documents), session 10, written blind and scored once before any fix: eight
  MUC-4-style wire stories, five WikiEvents-style articles (with counts, unlike the corpus) and
  five ISAF releases. UNSEEN, code-only at f6fde13: casualty recall 0.92 (45/49), strict 0.92,
  grounded precision 1.00 (71/71), actor recall 0.85 (22/26), date accuracy 0.94 (17/18), place
  recall 0.60 (18/30).
  Now (tuned on it, 158c932): casualty recall 0.98 (48/49), place 0.97, actor 1.00, date 1.00.
* ``muc_invented`` (14 documents), session 7: fourteen MUC-4-style 1989-90 wire stories. UNSEEN,
  code-only: casualty recall 0.83 (40/48), strict 0.81.
  Now: casualty recall 0.98 (47/48), strict casualty recall 0.96 (46/48), grounded precision 1.00
  (51/51).
* ``dev_fresh`` (15 documents), session 7: fifteen documents in the dev corpora's styles (7 MUC-4, 4
  ISAF, 4 WikiEvents). UNSEEN, code-only: casualty recall 0.88 (28/32), strict 0.88, actor 1.00,
  date 1.00.
  Now: casualty recall 0.91 (29/32), strict casualty recall 0.91 (29/32), grounded precision 1.00
  (51/51), actor recall 1.00 (40/40), date accuracy 1.00 (17/17).
* ``dev_fresh2`` (16 documents), session 7: sixteen more documents in the dev corpora's styles (8
  MUC-4, 4 ISAF, 4 WikiEvents). UNSEEN, code-only: casualty recall 0.93 (26/28), strict 0.93, actor
  0.85 (29/34), date 0.90.
  Now: casualty recall 0.96 (27/28), strict casualty recall 0.96 (27/28), grounded precision 1.00
  (45/45), actor recall 0.91 (31/34), date accuracy 0.90 (19/21).
"""

from __future__ import annotations

import sys
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from summarizer.evaluate import GoldDoc, Metrics, aggregate, load_gold, prediction_from_summary, score_doc
from summarizer.schema import Summary

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT / "bench"))

from eval_split import code_only_summary  # noqa: E402

#: set -> (gold style, number of documents, floors)
SETS: dict[str, tuple[str, int, dict[str, float]]] = {
    "attrib_invented": (
        "attrib",
        8,
        {
            "figure_recall": 0.95,
            "attribution": 0.95,
            "status_accuracy": 0.93,
            "range_accuracy": 0.9,
            "source_recall": 0.95,
            "source_kind": 0.95,
            "party_accuracy": 0.92,
            "place_recall": 0.88,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh": (
        "attrib",
        8,
        {
            "figure_recall": 0.95,
            "attribution": 0.95,
            "status_accuracy": 0.93,
            "range_accuracy": 0.83,
            "source_recall": 0.89,
            "source_kind": 0.95,
            "party_accuracy": 0.95,
            "place_recall": 0.72,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh2": (
        "attrib",
        6,
        {
            "figure_recall": 0.82,
            "attribution": 0.95,
            "status_accuracy": 0.95,
            "range_accuracy": 0.81,
            "source_recall": 0.95,
            "source_kind": 0.95,
            "party_accuracy": 0.87,
            "place_recall": 0.7,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh3": (
        "attrib",
        6,
        {
            "figure_recall": 0.95,
            "attribution": 0.89,
            "status_accuracy": 0.92,
            "range_accuracy": 0.81,
            "source_recall": 0.95,
            "source_kind": 0.88,
            "party_accuracy": 0.92,
            "place_recall": 0.83,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh4": (
        "attrib",
        6,
        {
            "figure_recall": 0.95,
            "attribution": 0.95,
            "status_accuracy": 0.95,
            "range_accuracy": 0.86,
            "source_recall": 0.95,
            "source_kind": 0.95,
            "party_accuracy": 0.84,
            "place_recall": 0.75,
            "grounded_precision": 1.0,
        },
    ),
    "actors_invented": ("dev", 16, {"actor_recall": 0.95, "grounded_precision": 1.0}),
    "actors_fresh": ("dev", 7, {"actor_recall": 0.81}),
    "actors_fresh2": ("dev", 14, {"actor_recall": 0.95, "grounded_precision": 1.0}),
    "attrib_fresh5": (
        "attrib",
        6,
        {
            "figure_recall": 0.9,
            "attribution": 0.79,
            "status_accuracy": 0.85,
            "range_accuracy": 0.85,
            "source_recall": 0.8,
            "source_kind": 0.92,
            "party_accuracy": 0.86,
            "place_recall": 0.5,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh6": (
        "attrib",
        5,
        {
            "figure_recall": 0.85,
            "attribution": 0.84,
            "status_accuracy": 0.74,
            "range_accuracy": 0.84,
            "source_recall": 0.83,
            "source_kind": 0.86,
            "party_accuracy": 0.95,
            "place_recall": 0.79,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh7": (
        "attrib",
        6,
        {
            "figure_recall": 0.87,
            "attribution": 0.88,
            "status_accuracy": 0.73,
            "range_accuracy": 0.83,
            "source_recall": 0.93,
            "source_kind": 0.9,
            "party_accuracy": 0.9,
            "place_recall": 0.72,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh8": (
        "attrib",
        6,
        {
            "figure_recall": 0.86,
            "attribution": 0.91,
            "status_accuracy": 0.83,
            "range_accuracy": 0.86,
            "source_recall": 0.78,
            "source_kind": 0.79,
            "party_accuracy": 0.86,
            "place_recall": 0.73,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh9": (
        "attrib",
        6,
        {
            "figure_recall": 0.86,
            "attribution": 0.9,
            "status_accuracy": 0.85,
            "range_accuracy": 0.95,
            "source_recall": 0.83,
            "source_kind": 0.86,
            "party_accuracy": 0.91,
            "place_recall": 0.49,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh11": (
        "attrib",
        6,
        {
            "figure_recall": 0.87,
            "attribution": 0.88,
            "status_accuracy": 0.74,
            "range_accuracy": 0.91,
            "source_recall": 0.83,
            "source_kind": 0.78,
            "party_accuracy": 0.76,
            "place_recall": 0.83,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh10": (
        "attrib",
        6,
        {
            "figure_recall": 0.96,
            "attribution": 1.0,
            "status_accuracy": 0.91,
            "range_accuracy": 0.94,
            "source_recall": 0.97,
            "source_kind": 1.0,
            "party_accuracy": 0.87,
            "place_recall": 0.79,
            "grounded_precision": 1.0,
        },
    ),
    "dev_fresh3": (
        "dev",
        16,
        {
            "casualty_recall": 0.65,
            "strict_casualty_recall": 0.65,
            "grounded_precision": 1.0,
            "actor_recall": 0.95,
            "date_accuracy": 0.95,
        },
    ),
    "dev_fresh4": (
        "dev",
        18,
        {
            "casualty_recall": 0.95,
            "strict_casualty_recall": 0.95,
            "grounded_precision": 1.0,
            "actor_recall": 0.81,
            "date_accuracy": 1.0,
        },
    ),
    "attrib_fresh12": (
        "attrib",
        7,
        {
            "figure_recall": 0.96,
            "attribution": 0.95,
            "status_accuracy": 0.95,
            "range_accuracy": 0.95,
            "source_recall": 0.95,
            "source_kind": 0.95,
            "party_accuracy": 0.95,
            "place_recall": 0.73,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh13": (
        "attrib",
        7,
        {
            "figure_recall": 0.94,
            "attribution": 0.88,
            "status_accuracy": 0.83,
            "range_accuracy": 0.95,
            "source_recall": 0.86,
            "source_kind": 0.87,
            "party_accuracy": 0.9,
            "place_recall": 0.6,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh14": (
        "attrib",
        7,
        {
            "figure_recall": 0.85,
            "attribution": 0.84,
            "status_accuracy": 0.83,
            "range_accuracy": 0.94,
            "source_recall": 0.95,
            "source_kind": 0.88,
            "party_accuracy": 0.9,
            "place_recall": 0.8,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh15": (
        "attrib",
        7,
        {
            "figure_recall": 0.83,
            "attribution": 0.9,
            "status_accuracy": 0.82,
            "range_accuracy": 0.95,
            "source_recall": 0.8,
            "source_kind": 0.85,
            "party_accuracy": 0.9,
            "place_recall": 0.7,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh16": (
        "attrib",
        7,
        {
            "figure_recall": 0.84,
            "attribution": 0.84,
            "status_accuracy": 0.72,
            "range_accuracy": 0.94,
            "source_recall": 0.85,
            "source_kind": 0.9,
            "party_accuracy": 0.88,
            "place_recall": 0.45,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh17": (
        "attrib",
        7,
        {
            "figure_recall": 0.83,
            "attribution": 0.85,
            "status_accuracy": 0.84,
            "range_accuracy": 0.95,
            "source_recall": 0.88,
            "source_kind": 0.88,
            "party_accuracy": 0.9,
            "place_recall": 0.6,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh18": (
        "attrib",
        7,
        {
            "figure_recall": 0.92,
            "attribution": 0.9,
            "status_accuracy": 0.89,
            "range_accuracy": 0.94,
            "source_recall": 0.91,
            "source_kind": 0.94,
            "party_accuracy": 0.95,
            "place_recall": 0.72,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh19": (
        "attrib",
        7,
        {
            "figure_recall": 0.92,
            "attribution": 0.97,
            "status_accuracy": 0.94,
            "range_accuracy": 0.96,
            "source_recall": 0.97,
            "source_kind": 0.96,
            "party_accuracy": 0.92,
            "place_recall": 0.53,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh20": (
        "attrib",
        7,
        {
            "figure_recall": 0.9,
            "attribution": 0.9,
            "status_accuracy": 0.86,
            "range_accuracy": 0.94,
            "source_recall": 0.91,
            "source_kind": 0.89,
            "party_accuracy": 0.92,
            "place_recall": 0.7,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh21": (
        "attrib",
        7,
        {
            "figure_recall": 0.97,
            "attribution": 0.97,
            "status_accuracy": 0.92,
            "range_accuracy": 0.96,
            "source_recall": 0.95,
            "source_kind": 0.95,
            "party_accuracy": 0.95,
            "place_recall": 0.64,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh22": (
        "attrib",
        7,
        {
            "figure_recall": 0.97,
            "attribution": 0.97,
            "status_accuracy": 0.96,
            "range_accuracy": 0.97,
            "source_recall": 0.96,
            "source_kind": 0.96,
            "party_accuracy": 0.95,
            "place_recall": 0.6,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh23": (
        "attrib",
        7,
        {
            "figure_recall": 0.89,
            "attribution": 0.96,
            "status_accuracy": 0.87,
            "range_accuracy": 0.93,
            "source_recall": 0.9,
            "source_kind": 0.95,
            "party_accuracy": 0.92,
            "place_recall": 0.6,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh24": (
        "attrib",
        7,
        {
            "figure_recall": 0.94,
            "attribution": 0.93,
            "status_accuracy": 0.9,
            "range_accuracy": 0.97,
            "source_recall": 0.88,
            "source_kind": 0.98,
            "party_accuracy": 0.96,
            "place_recall": 0.7,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh25": (
        "attrib",
        7,
        {
            "figure_recall": 0.94,
            "attribution": 0.95,
            "status_accuracy": 0.93,
            "range_accuracy": 0.97,
            "source_recall": 0.93,
            "source_kind": 0.97,
            "party_accuracy": 0.94,
            "place_recall": 0.56,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh27": (
        "attrib",
        7,
        {
            "figure_recall": 0.91,
            "attribution": 0.98,
            "status_accuracy": 0.84,
            "range_accuracy": 0.95,
            "source_recall": 0.93,
            "source_kind": 0.95,
            "party_accuracy": 0.96,
            "place_recall": 0.62,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh26": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,
            "attribution": 0.93,
            "status_accuracy": 0.86,
            "range_accuracy": 0.94,
            "source_recall": 0.94,
            "source_kind": 0.91,
            "party_accuracy": 0.86,
            "place_recall": 0.6,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh28": (
        "attrib",
        7,
        {
            "figure_recall": 0.84,
            "attribution": 0.92,
            "status_accuracy": 0.74,
            "range_accuracy": 0.97,
            "source_recall": 0.89,
            "source_kind": 0.92,
            "party_accuracy": 0.82,
            "place_recall": 0.78,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh29": (
        "attrib",
        7,
        {
            "figure_recall": 0.98,
            "attribution": 0.98,
            "status_accuracy": 0.83,
            "range_accuracy": 0.97,
            "source_recall": 0.98,
            "source_kind": 0.93,
            "party_accuracy": 0.94,
            "place_recall": 0.75,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh30": (
        "attrib",
        7,
        {
            "figure_recall": 0.97,
            "attribution": 0.97,
            "status_accuracy": 0.86,
            "range_accuracy": 0.95,
            "source_recall": 0.98,
            "source_kind": 0.94,
            "party_accuracy": 0.98,
            "place_recall": 0.75,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh31": (
        "attrib",
        7,
        {
            "figure_recall": 0.86,
            "attribution": 0.92,
            "status_accuracy": 0.83,
            "range_accuracy": 0.94,
            "source_recall": 0.94,
            "source_kind": 0.94,
            "party_accuracy": 0.91,
            "place_recall": 0.83,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh32": (
        "attrib",
        7,
        {
            "figure_recall": 0.81,
            "attribution": 0.92,
            "status_accuracy": 0.85,
            "range_accuracy": 0.95,
            "source_recall": 0.89,
            "source_kind": 0.87,
            "party_accuracy": 0.72,
            "place_recall": 0.77,
            "grounded_precision": 1.0,
        },
    ),
    "attrib_fresh33": (
        "attrib",
        7,
        {
            "figure_recall": 0.98,  # 1.00 (74/74)
            "attribution": 0.95,  # 0.97 (72/74)
            "status_accuracy": 0.92,  # 0.95 (70/74)
            "range_accuracy": 0.96,  # 0.99 (73/74)
            "source_recall": 0.98,  # 1.00 (60/60)
            "source_kind": 0.96,  # 0.98 (59/60)
            "party_accuracy": 0.98,  # 1.00 (55/55)
            "place_recall": 0.54,  # 0.56 (14/25)
            "grounded_precision": 1.0,  # 1.00 (91/91)
        },
    ),
    "attrib_fresh34": (
        "attrib",
        7,
        {
            "figure_recall": 0.96,  # 0.99 (80/81)
            "attribution": 0.95,  # 0.97 (78/80)
            "status_accuracy": 0.85,  # 0.88 (70/80)
            "range_accuracy": 0.93,  # 0.95 (76/80)
            "source_recall": 0.94,  # 0.97 (59/61)
            "source_kind": 0.98,  # 1.00 (59/59)
            "party_accuracy": 0.89,  # 0.91 (52/57)
            "place_recall": 0.67,  # 0.69 (25/36)
            "grounded_precision": 1.0,  # 1.00 (102/102)
        },
    ),
    "attrib_fresh35": (
        "attrib",
        7,
        {
            "figure_recall": 0.89,  # 0.91 (73/80)
            "attribution": 0.84,  # 0.86 (63/73)
            "status_accuracy": 0.74,  # 0.77 (56/73)
            "range_accuracy": 0.95,  # 0.97 (71/73)
            "source_recall": 0.88,  # 0.91 (58/64)
            "source_kind": 0.84,  # 0.86 (50/58)
            "party_accuracy": 0.94,  # 0.96 (55/57)
            "place_recall": 0.55,  # 0.57 (23/40)
            "grounded_precision": 1.0,  # 1.00 (84/84)
        },
    ),
    "attrib_fresh36": (
        "attrib",
        7,
        {
            "figure_recall": 0.82,  # 0.85 (67/79)
            "attribution": 0.86,  # 0.88 (59/67)
            "status_accuracy": 0.75,  # 0.78 (52/67)
            "range_accuracy": 0.96,  # 0.99 (66/67)
            "source_recall": 0.88,  # 0.91 (40/44)
            "source_kind": 0.83,  # 0.85 (34/40)
            "party_accuracy": 0.69,  # 0.71 (25/35)
            "place_recall": 0.63,  # 0.65 (13/20)
            "grounded_precision": 1.0,  # 1.00 (85/85)
        },
    ),
    "attrib_fresh37": (
        "attrib",
        7,
        {
            "figure_recall": 0.82,  # 0.84 (70/83)
            "attribution": 0.92,  # 0.94 (66/70)
            "status_accuracy": 0.7,  # 0.73 (51/70)
            "range_accuracy": 0.96,  # 0.99 (69/70)
            "source_recall": 0.94,  # 0.96 (55/57)
            "source_kind": 0.9,  # 0.93 (51/55)
            "party_accuracy": 0.8,  # 0.83 (39/47)
            "place_recall": 0.59,  # 0.61 (11/18)
            "grounded_precision": 1.0,  # 1.00 (89/89)
        },
    ),
    "attrib_fresh38": (
        "attrib",
        7,
        {
            "figure_recall": 0.79,  # 0.81 (66/81)
            "attribution": 0.9,  # 0.92 (61/66)
            "status_accuracy": 0.61,  # 0.64 (42/66)
            "range_accuracy": 0.9,  # 0.92 (61/66)
            "source_recall": 0.86,  # 0.88 (44/50)
            "source_kind": 0.75,  # 0.77 (34/44)
            "party_accuracy": 0.61,  # 0.63 (24/38)
            "place_recall": 0.57,  # 0.59 (13/22)
            "grounded_precision": 1.0,  # 1.00 (82/82)
        },
    ),
    "attrib_fresh39": (
        "attrib",
        7,
        {
            "figure_recall": 0.94,  # 0.97 (92/95)
            "attribution": 0.88,  # 0.90 (83/92)
            "status_accuracy": 0.78,  # 0.80 (74/92)
            "range_accuracy": 0.93,  # 0.96 (88/92)
            "source_recall": 0.93,  # 0.96 (70/73)
            "source_kind": 0.9,  # 0.93 (65/70)
            "party_accuracy": 0.88,  # 0.90 (57/63)
            "place_recall": 0.54,  # 0.57 (21/37)
            "grounded_precision": 1.0,  # 1.00 (104/104)
        },
    ),
    "attrib_fresh40": (
        "attrib",
        7,
        {
            "figure_recall": 0.87,  # 0.89 (83/93)
            "attribution": 0.85,  # 0.88 (73/83)
            "status_accuracy": 0.77,  # 0.80 (66/83)
            "range_accuracy": 0.95,  # 0.98 (81/83)
            "source_recall": 0.86,  # 0.88 (60/68)
            "source_kind": 0.86,  # 0.88 (53/60)
            "party_accuracy": 0.88,  # 0.90 (46/51)
            "place_recall": 0.82,  # 0.85 (22/26)
            "grounded_precision": 1.0,  # 1.00 (88/88)
        },
    ),
    "attrib_fresh41": (
        "attrib",
        7,
        {
            "figure_recall": 0.94,  # 0.97 (92/95)
            "attribution": 0.84,  # 0.87 (80/92)
            "status_accuracy": 0.75,  # 0.77 (71/92)
            "range_accuracy": 0.95,  # 0.98 (90/92)
            "source_recall": 0.87,  # 0.90 (62/69)
            "source_kind": 0.88,  # 0.90 (56/62)
            "party_accuracy": 0.87,  # 0.89 (51/57)
            "place_recall": 0.46,  # 0.48 (14/29)
            "grounded_precision": 1.0,  # 1.00 (106/106)
        },
    ),
    "attrib_fresh42": (
        "attrib",
        7,
        {
            "figure_recall": 0.89,  # 0.92 (87/95)
            "attribution": 0.91,  # 0.93 (81/87)
            "status_accuracy": 0.81,  # 0.84 (73/87)
            "range_accuracy": 0.94,  # 0.97 (84/87)
            "source_recall": 0.77,  # 0.79 (57/72)
            "source_kind": 0.92,  # 0.95 (54/57)
            "party_accuracy": 0.79,  # 0.81 (39/48)
            "place_recall": 0.69,  # 0.71 (30/42)
            "grounded_precision": 1.0,  # 1.00 (96/96)
        },
    ),
    "attrib_fresh43": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,  # 0.91 (88/97)
            "attribution": 0.86,  # 0.89 (78/88)
            "status_accuracy": 0.82,  # 0.84 (74/88)
            "range_accuracy": 0.95,  # 0.98 (86/88)
            "source_recall": 0.87,  # 0.89 (58/65)
            "source_kind": 0.92,  # 0.95 (55/58)
            "party_accuracy": 0.95,  # 0.98 (44/45)
            "place_recall": 0.51,  # 0.53 (26/49)
            "grounded_precision": 1.0,  # 1.00 (103/103)
        },
    ),
    "attrib_fresh44": (
        "attrib",
        7,
        {
            "figure_recall": 0.83,  # 0.85 (82/96)
            "attribution": 0.87,  # 0.89 (73/82)
            "status_accuracy": 0.69,  # 0.72 (59/82)
            "range_accuracy": 0.95,  # 0.98 (80/82)
            "source_recall": 0.87,  # 0.89 (58/65)
            "source_kind": 0.94,  # 0.97 (56/58)
            "party_accuracy": 0.96,  # 0.98 (50/51)
            "place_recall": 0.78,  # 0.81 (34/42)
            "grounded_precision": 1.0,  # 1.00 (93/93)
        },
    ),
    "attrib_fresh45": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,  # 0.90 (81/90)
            "attribution": 0.9,  # 0.93 (75/81)
            "status_accuracy": 0.78,  # 0.80 (65/81)
            "range_accuracy": 0.95,  # 0.98 (79/81)
            "source_recall": 0.86,  # 0.88 (59/67)
            "source_kind": 0.94,  # 0.97 (57/59)
            "party_accuracy": 0.94,  # 0.96 (52/54)
            "place_recall": 0.45,  # 0.47 (17/36)
            "grounded_precision": 1.0,  # 1.00 (90/90)
        },
    ),
    "attrib_fresh46": (
        "attrib",
        7,
        {
            "figure_recall": 0.83,  # 0.86 (89/104)
            "attribution": 0.87,  # 0.90 (80/89)
            "status_accuracy": 0.74,  # 0.76 (68/89)
            "range_accuracy": 0.92,  # 0.94 (84/89)
            "source_recall": 0.82,  # 0.84 (63/75)
            "source_kind": 0.88,  # 0.90 (57/63)
            "party_accuracy": 0.89,  # 0.92 (57/62)
            "place_recall": 0.58,  # 0.61 (25/41)
            "grounded_precision": 1.0,  # 1.00 (93/93)
        },
    ),
    "attrib_fresh51": (
        "attrib",
        7,
        {
            "figure_recall": 0.82,  # 0.84 (87/103)
            "attribution": 0.87,  # 0.90 (78/87)
            "status_accuracy": 0.6,  # 0.62 (54/87)
            "range_accuracy": 0.94,  # 0.97 (84/87)
            "source_recall": 0.89,  # 0.92 (65/71)
            "source_kind": 0.84,  # 0.86 (56/65)
            "party_accuracy": 0.81,  # 0.84 (51/61)
            "place_recall": 0.68,  # 0.70 (19/27)
            "grounded_precision": 1.0,  # 1.00 (91/91)
        },
    ),
    "attrib_fresh52": (
        "attrib",
        7,
        {
            "figure_recall": 0.86,  # 0.88 (67/76)
            "attribution": 0.86,  # 0.88 (59/67)
            "status_accuracy": 0.8,  # 0.82 (55/67)
            "range_accuracy": 1.0,  # 1.00 (67/67)
            "source_recall": 0.79,  # 0.82 (54/66)
            "source_kind": 0.9,  # 0.93 (50/54)
            "party_accuracy": 0.87,  # 0.89 (42/47)
            "place_recall": 0.56,  # 0.59 (24/41)
            "grounded_precision": 1.0,  # 1.00 (74/74)
        },
    ),
    "attrib_fresh53": (
        "attrib",
        7,
        {
            "figure_recall": 0.89,  # 0.91 (82/90)
            "attribution": 0.82,  # 0.84 (69/82)
            "status_accuracy": 0.77,  # 0.79 (65/82)
            "range_accuracy": 1.0,  # 1.00 (82/82)
            "source_recall": 0.86,  # 0.89 (71/80)
            "source_kind": 0.86,  # 0.89 (63/71)
            "party_accuracy": 0.94,  # 0.97 (57/59)
            "place_recall": 0.53,  # 0.55 (16/29)
            "grounded_precision": 1.0,  # 1.00 (90/90)
        },
    ),
    "attrib_fresh54": (
        "attrib",
        7,
        {
            "figure_recall": 0.87,  # 0.90 (86/96)
            "attribution": 0.94,  # 0.97 (83/86)
            "status_accuracy": 0.75,  # 0.78 (67/86)
            "range_accuracy": 1.0,  # 1.00 (86/86)
            "source_recall": 0.85,  # 0.87 (67/77)
            "source_kind": 0.89,  # 0.91 (61/67)
            "party_accuracy": 0.79,  # 0.81 (48/59)
            "place_recall": 0.42,  # 0.45 (18/40)
            "grounded_precision": 1.0,  # 1.00 (97/97)
        },
    ),
    "attrib_fresh55": (
        "attrib",
        7,
        {
            "figure_recall": 0.9,  # 0.92 (104/113)
            "attribution": 0.86,  # 0.88 (92/104)
            "status_accuracy": 0.85,  # 0.88 (91/104)
            "range_accuracy": 0.95,  # 0.97 (101/104)
            "source_recall": 0.86,  # 0.88 (66/75)
            "source_kind": 0.94,  # 0.97 (64/66)
            "party_accuracy": 0.87,  # 0.90 (52/58)
            "place_recall": 0.68,  # 0.70 (26/37)
            "grounded_precision": 1.0,  # 1.00 (116/116)
        },
    ),
    "attrib_fresh56": (
        "attrib",
        7,
        {
            "figure_recall": 0.87,  # 0.89 (82/92)
            "attribution": 0.89,  # 0.91 (75/82)
            "status_accuracy": 0.74,  # 0.77 (63/82)
            "range_accuracy": 0.94,  # 0.96 (79/82)
            "source_recall": 0.87,  # 0.89 (67/75)
            "source_kind": 0.87,  # 0.90 (60/67)
            "party_accuracy": 0.86,  # 0.89 (56/63)
            "place_recall": 0.68,  # 0.71 (29/41)
            "grounded_precision": 1.0,  # 1.00 (93/93)
        },
    ),
    "attrib_fresh57": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,  # 0.91 (89/98)
            "attribution": 0.89,  # 0.91 (81/89)
            "status_accuracy": 0.75,  # 0.78 (69/89)
            "range_accuracy": 0.93,  # 0.96 (85/89)
            "source_recall": 0.82,  # 0.84 (70/83)
            "source_kind": 0.9,  # 0.93 (65/70)
            "party_accuracy": 0.94,  # 0.97 (59/61)
            "place_recall": 0.57,  # 0.60 (15/25)
            "grounded_precision": 1.0,  # 1.00 (101/101)
        },
    ),
    "attrib_fresh58": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,  # 0.91 (99/109)
            "attribution": 0.89,  # 0.92 (91/99)
            "status_accuracy": 0.68,  # 0.71 (70/99)
            "range_accuracy": 0.95,  # 0.98 (97/99)
            "source_recall": 0.84,  # 0.86 (69/80)
            "source_kind": 0.96,  # 0.99 (68/69)
            "party_accuracy": 0.96,  # 0.98 (56/57)
            "place_recall": 0.48,  # 0.50 (23/46)
            "grounded_precision": 1.0,  # 1.00 (107/107)
        },
    ),
    "attrib_fresh59": (
        "attrib",
        7,
        {
            "figure_recall": 0.89,  # 0.92 (101/110)
            "attribution": 0.88,  # 0.90 (91/101)
            "status_accuracy": 0.69,  # 0.71 (72/101)
            "range_accuracy": 0.94,  # 0.96 (97/101)
            "source_recall": 0.87,  # 0.89 (59/66)
            "source_kind": 1.0,  # 1.00 (59/59)
            "party_accuracy": 0.94,  # 0.96 (52/54)
            "place_recall": 0.63,  # 0.65 (15/23)
            "grounded_precision": 1.0,  # 1.00 (115/115)
        },
    ),
    "attrib_fresh60": (
        "attrib",
        7,
        {
            "figure_recall": 0.93,  # 0.96 (87/91)
            "attribution": 0.88,  # 0.91 (79/87)
            "status_accuracy": 0.77,  # 0.79 (69/87)
            "range_accuracy": 0.95,  # 0.98 (85/87)
            "source_recall": 0.88,  # 0.91 (67/74)
            "source_kind": 0.95,  # 0.97 (65/67)
            "party_accuracy": 0.9,  # 0.93 (53/57)
            "place_recall": 0.46,  # 0.49 (19/39)
            "grounded_precision": 1.0,  # 1.00 (104/104)
        },
    ),
    "attrib_fresh61": (
        "attrib",
        7,
        {
            "figure_recall": 0.91,  # 0.93 (80/86)
            "attribution": 0.92,  # 0.95 (76/80)
            "status_accuracy": 0.8,  # 0.82 (66/80)
            "range_accuracy": 0.95,  # 0.97 (78/80)
            "source_recall": 0.91,  # 0.94 (62/66)
            "source_kind": 0.89,  # 0.92 (57/62)
            "party_accuracy": 0.87,  # 0.89 (51/57)
            "place_recall": 0.51,  # 0.54 (15/28)
            "grounded_precision": 1.0,  # 1.00 (87/87)
        },
    ),
    "attrib_fresh62": (
        "attrib",
        7,
        {
            "figure_recall": 0.87,  # 0.89 (85/95)
            "attribution": 0.92,  # 0.94 (80/85)
            "status_accuracy": 0.59,  # 0.61 (52/85)
            "range_accuracy": 0.96,  # 0.99 (84/85)
            "source_recall": 0.87,  # 0.90 (69/77)
            "source_kind": 0.93,  # 0.96 (66/69)
            "party_accuracy": 0.93,  # 0.95 (63/66)
            "place_recall": 0.64,  # 0.67 (26/39)
            "grounded_precision": 1.0,  # 1.00 (98/98)
        },
    ),
    "attrib_fresh63": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,  # 0.90 (94/104)
            "attribution": 0.88,  # 0.90 (85/94)
            "status_accuracy": 0.8,  # 0.83 (78/94)
            "range_accuracy": 0.94,  # 0.97 (91/94)
            "source_recall": 0.84,  # 0.87 (60/69)
            "source_kind": 0.86,  # 0.88 (53/60)
            "party_accuracy": 0.91,  # 0.93 (54/58)
            "place_recall": 0.46,  # 0.49 (19/39)
            "grounded_precision": 1.0,  # 1.00 (105/105)
        },
    ),
    "attrib_fresh64": (
        "attrib",
        7,
        {
            "figure_recall": 0.85,  # 0.88 (93/106)
            "attribution": 0.84,  # 0.86 (80/93)
            "status_accuracy": 0.81,  # 0.84 (78/93)
            "range_accuracy": 0.95,  # 0.98 (91/93)
            "source_recall": 0.86,  # 0.89 (55/62)
            "source_kind": 0.87,  # 0.89 (49/55)
            "party_accuracy": 0.86,  # 0.88 (37/42)
            "place_recall": 0.5,  # 0.53 (20/38)
            "grounded_precision": 1.0,  # 1.00 (107/107)
        },
    ),
    "attrib_fresh65": (
        "attrib",
        7,
        {
            "figure_recall": 0.84,  # 0.86 (94/109)
            "attribution": 0.94,  # 0.97 (91/94)
            "status_accuracy": 0.67,  # 0.69 (65/94)
            "range_accuracy": 0.93,  # 0.96 (90/94)
            "source_recall": 0.92,  # 0.95 (69/73)
            "source_kind": 0.95,  # 0.97 (67/69)
            "party_accuracy": 0.94,  # 0.97 (58/60)
            "place_recall": 0.91,  # 0.93 (27/29)
            "grounded_precision": 1.0,  # 1.00 (104/104)
        },
    ),
    "attrib_fresh66": (
        "attrib",
        7,
        {
            "figure_recall": 0.94,  # 0.96 (102/106)
            "attribution": 0.94,  # 0.96 (98/102)
            "status_accuracy": 0.61,  # 0.64 (65/102)
            "range_accuracy": 0.95,  # 0.97 (99/102)
            "source_recall": 0.88,  # 0.90 (65/72)
            "source_kind": 0.88,  # 0.91 (59/65)
            "party_accuracy": 0.85,  # 0.87 (54/62)
            "place_recall": 0.44,  # 0.46 (12/26)
            "grounded_precision": 1.0,  # 1.00 (113/113)
        },
    ),
    "attrib_fresh67": (
        "attrib",
        7,
        {
            "figure_recall": 0.75,  # 0.78 (103/132)
            "attribution": 0.8,  # 0.83 (86/103)
            "status_accuracy": 0.67,  # 0.70 (72/103)
            "range_accuracy": 0.94,  # 0.97 (100/103)
            "source_recall": 0.69,  # 0.72 (64/89)
            "source_kind": 0.77,  # 0.80 (51/64)
            "party_accuracy": 0.91,  # 0.94 (50/53)
            "place_recall": 0.37,  # 0.40 (17/43)
            "grounded_precision": 1.0,  # 1.00 (117/117)
        },
    ),
    "attrib_fresh68": (
        "attrib",
        7,
        {
            "figure_recall": 0.88,  # 0.91 (99/109)
            "attribution": 0.82,  # 0.85 (84/99)
            "status_accuracy": 0.72,  # 0.75 (74/99)
            "range_accuracy": 0.94,  # 0.97 (96/99)
            "source_recall": 0.79,  # 0.82 (56/68)
            "source_kind": 0.83,  # 0.86 (48/56)
            "party_accuracy": 0.85,  # 0.88 (49/56)
            "place_recall": 0.57,  # 0.60 (21/35)
            "grounded_precision": 1.0,  # 1.00 (114/114)
        },
    ),
    "attrib_fresh69": (
        "attrib",
        7,
        {
            "figure_recall": 0.85,  # 0.88 (95/108)
            "attribution": 0.82,  # 0.85 (81/95)
            "status_accuracy": 0.68,  # 0.71 (67/95)
            "range_accuracy": 0.95,  # 0.98 (93/95)
            "source_recall": 0.79,  # 0.82 (63/77)
            "source_kind": 0.89,  # 0.92 (58/63)
            "party_accuracy": 0.89,  # 0.92 (56/61)
            "place_recall": 0.36,  # 0.39 (14/36)
            "grounded_precision": 1.0,  # 1.00 (104/104)
        },
    ),
    "attrib_fresh70": (
        "attrib",
        7,
        {
            "figure_recall": 0.87,  # 0.90 (93/103)
            "attribution": 0.87,  # 0.90 (84/93)
            "status_accuracy": 0.67,  # 0.70 (65/93)
            "range_accuracy": 0.94,  # 0.97 (90/93)
            "source_recall": 0.76,  # 0.79 (59/75)
            "source_kind": 0.87,  # 0.90 (53/59)
            "party_accuracy": 0.86,  # 0.89 (47/53)
            "place_recall": 0.73,  # 0.76 (32/42)
            "grounded_precision": 1.0,  # 1.00 (105/105)
        },
    ),
    "dev_fresh5": (
        "dev",
        18,
        {
            "casualty_recall": 0.95,
            "strict_casualty_recall": 0.95,
            "grounded_precision": 1.0,
            "actor_recall": 0.95,
            "date_accuracy": 0.95,
        },
    ),
    "muc_invented": ("dev", 14, {"casualty_recall": 0.92, "strict_casualty_recall": 0.9, "grounded_precision": 1.0}),
    "dev_fresh": (
        "dev",
        15,
        {
            "casualty_recall": 0.85,
            "strict_casualty_recall": 0.85,
            "grounded_precision": 1.0,
            "actor_recall": 0.95,
            "date_accuracy": 0.95,
        },
    ),
    "dev_fresh2": (
        "dev",
        16,
        {
            "casualty_recall": 0.91,
            "strict_casualty_recall": 0.91,
            "grounded_precision": 1.0,
            "actor_recall": 0.86,
            "date_accuracy": 0.85,
        },
    ),
}


@cache
def _docs(name: str) -> tuple[GoldDoc, ...]:
    return tuple(load_gold(DATA / f"{name}.jsonl"))


@cache
def _summaries(name: str) -> dict[str, Summary]:
    return {d.id: code_only_summary(d) for d in _docs(name)}


@cache
def _overall(name: str) -> Metrics:
    summaries = _summaries(name)
    _, overall = aggregate([score_doc(d, prediction_from_summary(summaries[d.id])) for d in _docs(name)])
    return overall


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_is_well_formed(name: str) -> None:
    style, n, _ = SETS[name]
    docs = _docs(name)
    assert len(docs) == n
    for d in docs:
        if d.published:
            for day in d.gold.dates:
                assert date.fromisoformat(day) <= date.fromisoformat(d.published), (d.id, day)
        for c in d.gold.casualties:
            assert c.high is None or c.low is None or c.high >= c.low, (d.id, c)
        if style == "attrib":
            text = " ".join(d.text.split()).lower()
            assert d.published and date.fromisoformat(d.published)
            for c in d.gold.casualties:
                for q in [c.quote, *c.alt_quotes]:
                    assert " ".join(q.split()).lower() in text, (d.id, q)
                assert c.phrase.lower() in c.quote.lower(), (d.id, c.phrase)
            for p in d.gold.places:
                assert p in d.text, (d.id, p)
        else:
            for c in d.gold.casualties:
                assert c.low is not None and c.low >= 1, (d.id, c)
            if d.corpus == "muc4":
                assert d.text.isupper(), d.id


FLOORS = [(name, metric, floor) for name, (_, _, floors) in SETS.items() for metric, floor in floors.items()]


@pytest.mark.parametrize(("name", "metric", "floor"), FLOORS)
def test_code_only_scores_stay_above_floor(name: str, metric: str, floor: float) -> None:
    m = _overall(name).get(metric)
    assert m.total, (name, metric)
    assert m.found / m.total >= floor, f"{name} {metric}: {m.text()} below {floor}"


def test_countries_named_as_sides_are_no_places() -> None:
    # "Israel said ...", "a truce brokered by the United States and France", "accusing Turkey of",
    # "backed by neighboring Rwanda": sides and brokers, not where the violence was
    places = {i: {loc.name for loc in s.locations} for i, s in _summaries("attrib_invented").items()}
    assert not {"Israel", "United States", "France"} & places["inv-lebanon-strikes"]
    assert "Rwanda" not in places["inv-drc-goma"]
    assert not {"Turkey", "Kurdistan"} & places["inv-syria-qamishli"]
    assert "United States" not in places["inv-yemen-hodeidah"]
    assert "Lebanon" in places["inv-lebanon-strikes"] and "Syria" in places["inv-syria-qamishli"]


def test_an_interviewers_question_is_no_figure() -> None:
    # "[REPORTER] HOW MANY PEOPLE DIED?" states no number: no figure quotes the question
    figures = prediction_from_summary(_summaries("muc_invented")["INV-MUC-05"]).figures
    assert figures
    assert not any("HOW MANY" in q.upper() for f in figures for q in f.quotes)
    assert all(f.low is not None for f in figures if f.outcome == "killed")
