# Sourced by mvnw: Maven, Vaadin's build and the app need a JDK 21 or newer. When JAVA_HOME names none, the newest
# JDK under /usr/lib/jvm is taken, so the README's commands work as they stand where the default java is older.
jdk21_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
jdk21_current=0
if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
  jdk21_current=$(jdk21_major "$JAVA_HOME")
fi
if [ "${jdk21_current:-0}" -lt 21 ]; then
  set +f
  for jdk21_candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    jdk21_candidate=${jdk21_candidate%/}
    jdk21_found=$(jdk21_major "$jdk21_candidate" 2>/dev/null || true)
    if [ -x "$jdk21_candidate/bin/javac" ] && [ "${jdk21_found:-0}" -ge 21 ]; then
      JAVA_HOME=$jdk21_candidate
      export JAVA_HOME
      break
    fi
  done
  set -f
fi
