# Sourced by mvnw, .ci/ scripts, and (shipped as lib/find-jdk.sh in the product)
# by bin/causerie and bin/causerie-cli: exports JAVA_HOME pointing at a Java 21
# or newer. Tycho 5 and the Eclipse 4.39 bundles need Java 21 (docs/build.md).
# Keeps JAVA_HOME when it qualifies, otherwise takes the newest qualifying one
# among the system's installed JVMs; fails at once, clearly, when there is none.
# Set CAUSERIE_NEED_JAVAC=1 to accept only JDKs (the build compiles).
causerie_java_major() {
  [ -x "$1/bin/java" ] || { echo 0; return; }
  if [ "${CAUSERIE_NEED_JAVAC-}" = 1 ] && [ ! -x "$1/bin/javac" ]; then echo 0; return; fi
  # The release file names the version without starting a JVM (~0.1 s each).
  if [ -f "$1/release" ]; then
    causerie_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    [ -n "$causerie_major" ] && { echo "$causerie_major"; return; }
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
causerie_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(causerie_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_major=0
  # mvnw runs with 'set -f'; the search below needs globbing.
  case $- in *f*) causerie_noglob=1; set +f ;; *) causerie_noglob=0 ;; esac
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$candidate" ] || continue
    major=$(causerie_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$candidate" best_major="$major"
    fi
  done
  [ "$causerie_noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "Causerie needs Java 21 or newer (a JDK to build it)." >&2
    echo "JAVA_HOME='${JAVA_HOME-}' does not qualify and none was found under /usr/lib/jvm, /usr/java, /opt." >&2
    echo "Install one (e.g. Temurin 25) or point JAVA_HOME at it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
