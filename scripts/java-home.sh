# Sourced by the project's scripts: finds a JDK 25 and exports JAVA_HOME, or says clearly what is missing.
# Order: $PROCUREWIRE_JAVA_HOME, $JAVA_HOME if it is 25+, then the usual install places.
procurewire_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
procurewire_find_jdk() {
  local candidate major
  for candidate in "${PROCUREWIRE_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk* \
      /usr/lib/jvm/java-25-openjdk* /usr/lib/jvm/jdk-25* /opt/java/openjdk /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(procurewire_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! PROCUREWIRE_JDK=$(procurewire_find_jdk); then
  echo "Procurewire needs a JDK 25 (Temurin 25 recommended) to build, test and run." >&2
  echo "None found in \$PROCUREWIRE_JAVA_HOME, \$JAVA_HOME or /usr/lib/jvm. Install one, e.g.:" >&2
  echo "  apt-get install temurin-25-jdk   (Adoptium repository)   or set PROCUREWIRE_JAVA_HOME=/path/to/jdk-25" >&2
  exit 1
fi
export JAVA_HOME="$PROCUREWIRE_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
