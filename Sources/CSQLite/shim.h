#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast that Swift cannot import; name it here.
static inline sqlite3_destructor_type annals_sqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}

// sqlite3_config is variadic, which Swift cannot call. Turns off SQLite's memory
// statistics, which take a global mutex around every malloc and free; must run before
// SQLite initializes (returns SQLITE_MISUSE, changing nothing, after).
static inline int annals_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
