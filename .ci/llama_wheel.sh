#!/usr/bin/env bash
# Build (or reuse) a llama-cpp-python wheel that runs on *this* machine.
#
# Why not plain `pip install llama-cpp-python`: its default build is GGML_NATIVE (-march=native),
# which compiles ggml's AMX kernels when the CPU advertises AMX. Some VMs advertise AMX but do
# not let AMX instructions run: the first matrix product then dies with SIGILL (`tilezero`).
# We build with GGML_NATIVE=OFF and turn on, one by one, the x86 features that /proc/cpuinfo
# lists -- never AMX. The wheel is kept in a folder keyed on the version, the flags and the
# compiler, so a wheel built with other flags is never reused (pip's own wheel cache keys on the
# version alone; we pass --no-cache-dir so it never serves one).
#
# usage: .ci/llama_wheel.sh PIP            (PIP: the pip of the venv to install into)
set -euo pipefail
PIP=${1:?usage: llama_wheel.sh PIP}
VERSION=${LLAMA_CPP_VERSION:-0.3.36}

flags=""
if [ -r /proc/cpuinfo ] && [ "$(uname -m)" = "x86_64" ]; then
  have() { grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -qx "$1"; }
  flags="-DGGML_NATIVE=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
  have avx && flags="$flags -DGGML_AVX=ON"
  have avx2 && flags="$flags -DGGML_AVX2=ON"
  have fma && flags="$flags -DGGML_FMA=ON"
  have f16c && flags="$flags -DGGML_F16C=ON"
  have bmi2 && flags="$flags -DGGML_BMI2=ON"
  have avx_vnni && flags="$flags -DGGML_AVX_VNNI=ON"
  have avx512f && flags="$flags -DGGML_AVX512=ON"
  have avx512vbmi && flags="$flags -DGGML_AVX512_VBMI=ON"
  have avx512_vnni && flags="$flags -DGGML_AVX512_VNNI=ON"
  have avx512_bf16 && flags="$flags -DGGML_AVX512_BF16=ON"
fi
export CMAKE_ARGS="${SUMMARIZER_LLAMA_CMAKE_ARGS:-$flags}"
export CFLAGS="${CFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
export CXXFLAGS="${CXXFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
[ "$(uname -m)" = "x86_64" ] || { CFLAGS=""; CXXFLAGS=""; }

key=$(printf '%s|%s|%s|%s|%s' "$VERSION" "$CMAKE_ARGS" "$CFLAGS" "$(cc --version 2>/dev/null | head -1)" \
      "$("$PIP" --version | sed 's/.*(python \(.*\))/\1/')" | sha256sum | cut -c1-16)
dir="${XDG_CACHE_HOME:-$HOME/.cache}/summarizer/llama-wheels/$key"
if ! ls "$dir"/llama_cpp_python-*.whl >/dev/null 2>&1; then
  echo "building llama-cpp-python $VERSION for this CPU (about 10 minutes on 2 cores)" >&2
  echo "  CMAKE_ARGS=$CMAKE_ARGS" >&2
  tmp=$(mktemp -d)
  "$PIP" wheel -q --no-cache-dir --no-deps --no-binary llama-cpp-python -w "$tmp" "llama-cpp-python==$VERSION"
  mkdir -p "$dir" && mv "$tmp"/llama_cpp_python-*.whl "$dir"/ && rmdir "$tmp"
fi
"$PIP" install -q --no-cache-dir "$(ls "$dir"/llama_cpp_python-*.whl | head -1)"
