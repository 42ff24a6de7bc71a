# Fails when a C++ source under app/, ui/, models/, db/tool/, tests/ or bench/ is not formatted.
file(GLOB_RECURSE _files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
    ${SOURCE_DIR}/db/tool/*.cpp ${SOURCE_DIR}/db/tool/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
    ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/bench/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${_files}
                RESULT_VARIABLE _result ERROR_VARIABLE _errors)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "Files are not clang-formatted (run clang-format -i):\n${_errors}")
endif()
list(LENGTH _files _count)
message(STATUS "${_count} files are clang-formatted")
