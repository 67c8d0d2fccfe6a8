# Sourced by mvnw, .ci/run and the launch scripts: exports JAVA_HOME pointing at a
# JDK 21 or newer. Tycho 5 and the Eclipse 4.39 bundles need Java 21
# (docs/build.md). Keeps JAVA_HOME when it qualifies, otherwise takes the newest
# qualifying JDK among the system's installed JVMs; fails at once, clearly, when
# there is none.
causerie_java_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
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
    echo "Causerie needs a JDK 21 or newer (Tycho 5, Eclipse 4.39)." >&2
    echo "JAVA_HOME='${JAVA_HOME-}' does not qualify and none was found under /usr/lib/jvm, /usr/java, /opt." >&2
    echo "Install one (e.g. Temurin 25) or point JAVA_HOME at it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
