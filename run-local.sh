#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker: Kafka, a MongoDB wire server, a mail catcher, the demo
# authorization server and the four services, with demo data. Ctrl-C stops everything. Data and logs are kept in
# .pantau/ between runs.
#
#   ./run-local.sh [--fresh] [--no-demo] [--build|--no-build]
#
# The Java launcher (deploy/local, id.pantau.local.RunLocal) does the work; this script only builds what is
# missing and starts it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

build=auto
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=always ;;
    --no-build) build=never ;;
    *) args+=("$arg") ;;
  esac
done

required=(
  deploy/local/target/lib
  deploy/local/target/local-stack.jar
  deploy/auth-server/target/local-auth-server.jar
  innovation-service/target/innovation-service.jar
  monitoring-service/target/monitoring-service.jar
  notification-service/target/notification-service.jar
  reporting-service/target/reporting-service.jar
)
if [[ $build == auto ]]; then
  for path in "${required[@]}"; do
    if [[ ! -e $path ]]; then
      echo "$path is missing: building all modules (tests skipped)"
      build=always
      break
    fi
  done
fi
if [[ $build == always ]]; then
  ./mvnw -B -q -DskipTests package
fi

java=java
if [[ -n ${JAVA_HOME:-} ]]; then
  java="$JAVA_HOME/bin/java"
fi

# exec: Ctrl-C then reaches the launcher alone, which stops its children in order
exec "$java" -Dlog4j2.configurationFile=classpath:local-stack-log4j2.xml \
  -cp 'deploy/local/target/lib/*:deploy/local/target/local-stack.jar' \
  id.pantau.local.RunLocal ${args[@]+"${args[@]}"}
