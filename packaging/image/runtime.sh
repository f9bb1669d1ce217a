#!/bin/sh
# Builds the container image's runtime layer in $1 (run by Maven at package, before jib):
#   $1/opt/java            a Java runtime made by jlink with only the modules the server needs
#   $1/lib*, $1/usr/lib*   the shared libraries that runtime links against, copied from this machine
#   $1/etc/passwd, group   the image's one user, restauth (65532), so the JVM has a user name and home
#   $1/tmp, $1/proc, $1/var/lib/restauth   scratch space, the mount point of /proc, the data directory
# The base image is then `scratch`: nothing in the image but this and the server's jars.
set -eu
out=$1
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
# java.desktop: java.beans for SnakeYAML; java.sql: JDBC stores; jdk.crypto.ec: TLS; jdk.unsupported: Netty;
# jdk.jfr: Micronaut's HTTP server records JFR events (without it every request fails)
modules=jdk.jfr,java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.management,jdk.naming.dns,jdk.unsupported,jdk.zipfs

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/proc" "$out/var/lib/restauth"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$out/opt/java"
# Debian's JDK links its security files to /etc: the image needs the files themselves.
for f in "$out"/opt/java/lib/security/*; do
  if [ -L "$f" ]; then cp --remove-destination -L "$f" "$f" 2>/dev/null || rm -f "$f"; fi
done
for f in "$out"/opt/java/conf/security/* "$out"/opt/java/conf/*; do
  if [ -L "$f" ]; then cp --remove-destination -L "$f" "$f" 2>/dev/null || rm -f "$f"; fi
done

# every shared library the runtime's executables and libraries load, with the dynamic loader
# (not the AWT libraries java.desktop brings: a server never loads them, and they would pull in X11)
find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) \
  ! -name 'libawt*' ! -name 'libfontmanager.so' ! -name 'libjawt.so' ! -name 'libsplashscreen.so' \
  ! -name 'libjavajpeg.so' ! -name 'liblcms.so' ! -name 'libjsound.so' ! -name 'libmlib_image.so' \
  -exec ldd {} \; 2>/dev/null \
  | awk '/=> \// { print $3 } /^\t\/lib/ { print $1 }' | sort -u | while read -r lib; do
    case "$lib" in "$out"*) continue ;; esac
    mkdir -p "$out$(dirname "$lib")"
    cp -L "$lib" "$out$lib"
  done
# libraries that native code shipped inside jars loads (sqlite-jdbc's libsqlitejdbc.so: libpthread, libdl, libm)
for name in libpthread.so.0 libdl.so.2 libm.so.6 librt.so.1; do
  lib=$(ldconfig -p | awk -v n="$name" '$1 == n && /x86-64/ { print $NF; exit }')
  [ -n "$lib" ] || continue
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
# libnss for user look-ups is not needed: the JVM reads /etc/passwd through libc's files backend
echo 'restauth:x:65532:65532:restauth:/var/lib/restauth:/sbin/nologin' > "$out/etc/passwd"
echo 'restauth:x:65532:' > "$out/etc/group"
