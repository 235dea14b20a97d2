#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast that Swift cannot import; name it here.
static inline sqlite3_destructor_type annals_sqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}
