# Sourced by bin/aviary and bin/test: finds a JDK >= 21 and exports JAVA_HOME.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.

java_major() { # prints the feature version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  # AVIARY_JVM_DIR lets tests point the search elsewhere (e.g. at an empty folder).
  for candidate in "${AVIARY_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

require_jdk() {
  local jdk
  jdk=$(find_jdk) || true
  if [ -z "$jdk" ]; then
    echo "aviary: needs a JDK 21 or newer: set JAVA_HOME to one, or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk-headless)" >&2
    exit 1
  fi
  export JAVA_HOME="$jdk"
}
