#!/bin/sh
# Installs the C library into a temporary prefix (`make install`) and uses the installed copy
# as its users would: pkg-config with the shared library, pkg-config --static, a CMake project
# with find_package, and a C++17 program; then checks one version throughout and that
# `make uninstall` removes what install put there.
#
# Run from the repository root: sh bindings/c/install/check.sh
set -eu

ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PREFIX="$WORK/prefix"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
MAJOR=${VERSION%%.*}
fail() { echo "install check: $*" >&2; exit 1; }

make -s install PREFIX="$PREFIX"

# What install put there.
for f in include/sefidelity.h lib/libsefidelity.a "lib/libsefidelity.so.$VERSION" \
         "lib/libsefidelity.so.$MAJOR" lib/libsefidelity.so lib/pkgconfig/sefidelity.pc \
         lib/cmake/sefidelity/sefidelityConfig.cmake lib/cmake/sefidelity/sefidelityConfigVersion.cmake; do
  [ -e "$PREFIX/$f" ] || fail "missing $f"
done
soname=$(readelf -d "$PREFIX/lib/libsefidelity.so.$VERSION" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = "libsefidelity.so.$MAJOR" ] || fail "SONAME is '$soname', not libsefidelity.so.$MAJOR"

# One version: the crate's, in the header, the pkg-config and CMake files, the SONAME's major
# (above) and the npm package.
export PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig"
[ "$(pkg-config --modversion sefidelity)" = "$VERSION" ] || fail "pkg-config version is not $VERSION"
header=$(sed -n 's/^#define SEF_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' "$PREFIX/include/sefidelity.h" | paste -sd.)
[ "$header" = "$VERSION" ] || fail "the header says $header, not $VERSION"
grep -q "set(PACKAGE_VERSION \"$VERSION\")" "$PREFIX/lib/cmake/sefidelity/sefidelityConfigVersion.cmake" || fail "CMake version"
npm=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' bindings/js/package.json)
[ "$npm" = "$VERSION" ] || fail "the npm package is $npm, not $VERSION"

CFLAGS="-std=c99 -Wall -Wextra -Werror -pedantic -O1"

# pkg-config, shared.
# shellcheck disable=SC2046
cc $CFLAGS bindings/c/example.c $(pkg-config --cflags --libs sefidelity) -Wl,-rpath,"$PREFIX/lib" -o "$WORK/shared"
"$WORK/shared" > /dev/null
ldd "$WORK/shared" | grep -q "libsefidelity.so.$MAJOR => $PREFIX/lib" || fail "the shared example does not load the installed library"

# pkg-config --static: the archive, with the system libraries the .pc file lists.
# shellcheck disable=SC2046
cc $CFLAGS bindings/c/example.c $(pkg-config --cflags --libs --static sefidelity | sed 's/-lsefidelity\b/-l:libsefidelity.a/') -o "$WORK/static"
"$WORK/static" > /dev/null
if ldd "$WORK/static" | grep -q libsefidelity; then fail "the static example loads the shared library"; fi

# CMake, find_package.
cmake -S bindings/c/install/consumer -B "$WORK/cmake" -DCMAKE_PREFIX_PATH="$PREFIX" \
  -DEXAMPLE_SOURCE="$ROOT/bindings/c/example.c" -DCMAKE_BUILD_RPATH="$PREFIX/lib" > "$WORK/cmake.log" \
  || { cat "$WORK/cmake.log"; fail "cmake could not configure the consumer"; }
cmake --build "$WORK/cmake" > "$WORK/cmake-build.log" || { cat "$WORK/cmake-build.log"; fail "cmake build"; }
"$WORK/cmake/example" > /dev/null

# The header as C++17, and a C++ program calling sef_evaluate_json.
# shellcheck disable=SC2046
c++ -std=c++17 -Wall -Wextra -Werror -pedantic bindings/c/install/consumer/consumer.cpp \
  $(pkg-config --cflags --libs sefidelity) -Wl,-rpath,"$PREFIX/lib" -o "$WORK/cpp"
"$WORK/cpp" > /dev/null

# Uninstall leaves nothing of ours behind.
make -s uninstall PREFIX="$PREFIX"
left=$(find "$PREFIX" -type f -o -type l | sed "s|$PREFIX/||")
[ -z "$left" ] || fail "uninstall left: $left"
echo "install check: $VERSION installed, SONAME libsefidelity.so.$MAJOR; pkg-config shared and static, CMake find_package, C++17 all built and ran; uninstalled"
