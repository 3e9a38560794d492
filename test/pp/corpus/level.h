/* Included by builtins.c: the builtins as seen one level down. */
__INCLUDE_LEVEL__ __BASE_FILE__ __FILE__ __LINE__
