# dicedesk_add_sandbox_test(NAME <test> TARGET <executable target>
#                           [MIGRATE] [SEED <small|medium|large|N>] [TCP]
#                           [LAUNCHER <command> [<args>...]]
#                           [ARGS <args for the test>...] [LABELS <extra labels>...]
#                           [TIMEOUT <seconds, default 120>] [ENVIRONMENT <VAR=value>...])
#
# Registers a CTest test that runs inside `dicedesk-db sandbox`: a throwaway PostgreSQL server
# (socket only, fsync off) with database `dicedesk`, removed afterwards even if the test crashes
# or CTest kills it. The test sees DICEDESK_TEST_DSN, DICEDESK_TEST_SOCKET_DIR,
# DICEDESK_TEST_PORT, DICEDESK_TEST_SANDBOX and PGHOST/PGPORT/PGUSER/PGDATABASE.
# MIGRATE applies db/migrations; SEED also seeds (seed 42, anchor 2026-06-30) and implies MIGRATE.
# TCP makes the server also listen on 127.0.0.1:$DICEDESK_TEST_PORT, where logins need a password
# (scram-sha-256); the test then also sees DICEDESK_TEST_TCP_HOST=127.0.0.1.
# LAUNCHER runs the test through a wrapper inside the sandbox: `<command> <args> <test> <ARGS>`.
# Label "db" is always added.
function(dicedesk_add_sandbox_test)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "MIGRATE;TCP" "NAME;TARGET;SEED;TIMEOUT"
                          "ARGS;LABELS;ENVIRONMENT;LAUNCHER")
    if(NOT ARG_NAME OR NOT ARG_TARGET)
        message(FATAL_ERROR "dicedesk_add_sandbox_test: NAME and TARGET are required")
    endif()
    set(sandbox_options)
    if(ARG_MIGRATE)
        list(APPEND sandbox_options --migrate)
    endif()
    if(ARG_SEED)
        list(APPEND sandbox_options --seed ${ARG_SEED})
    endif()
    if(ARG_TCP)
        list(APPEND sandbox_options --tcp)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_test(NAME ${ARG_NAME}
             COMMAND dicedesk-db sandbox ${sandbox_options} --
                     ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_TARGET}> ${ARG_ARGS})
    set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "db;${ARG_LABELS}")
    if(ARG_ENVIRONMENT)
        set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${ARG_ENVIRONMENT}")
    endif()
endfunction()
