/*
 * strata_interrupt: a SQLite extension that lets one connection stop a statement running on
 * another, from another thread. better-sqlite3 does not expose sqlite3_interrupt(), and
 * terminating a worker thread waits until the native call returns, so a runaway statement
 * could not be stopped otherwise.
 *
 * Two entry points:
 *   sqlite3_strata_init          registers a connection in a process-wide table and defines
 *                                strata_connection_token(), its slot in the table. A connection
 *                                leaves the table when it closes (the destructor of that function).
 *   sqlite3_stratacontrol_init   defines strata_interrupt(token) on the server's control
 *                                connection only, so SQL sent by users cannot stop other work:
 *                                sqlite3_interrupt() on that slot's connection; 1 if it was there.
 * The table lock is held across sqlite3_interrupt(), so a connection cannot close under it.
 */
#include <sqlite3ext.h>
#include <pthread.h>
SQLITE_EXTENSION_INIT1

#define MAX_CONNECTIONS 4096

static sqlite3 *connections[MAX_CONNECTIONS];
static pthread_mutex_t connections_lock = PTHREAD_MUTEX_INITIALIZER;

static void release_slot(void *slot) {
  pthread_mutex_lock(&connections_lock);
  connections[(long)slot] = 0;
  pthread_mutex_unlock(&connections_lock);
}

static void connection_token(sqlite3_context *context, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_int64(context, (long)sqlite3_user_data(context));
}

static void interrupt_connection(sqlite3_context *context, int argc, sqlite3_value **argv) {
  (void)argc;
  sqlite3_int64 slot = sqlite3_value_int64(argv[0]);
  int interrupted = 0;
  if (slot >= 0 && slot < MAX_CONNECTIONS) {
    pthread_mutex_lock(&connections_lock);
    if (connections[slot]) {
      sqlite3_interrupt(connections[slot]);
      interrupted = 1;
    }
    pthread_mutex_unlock(&connections_lock);
  }
  sqlite3_result_int(context, interrupted);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_strata_init(sqlite3 *db, char **error, const sqlite3_api_routines *api) {
  SQLITE_EXTENSION_INIT2(api);
  long slot = -1;
  pthread_mutex_lock(&connections_lock);
  for (long i = 0; i < MAX_CONNECTIONS; i++) {
    if (!connections[i]) {
      connections[i] = db;
      slot = i;
      break;
    }
  }
  pthread_mutex_unlock(&connections_lock);
  if (slot < 0) {
    *error = sqlite3_mprintf("strata_interrupt: more than %d connections", MAX_CONNECTIONS);
    return SQLITE_ERROR;
  }
  return sqlite3_create_function_v2(db, "strata_connection_token", 0, SQLITE_UTF8, (void *)slot, connection_token, 0, 0, release_slot);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_stratacontrol_init(sqlite3 *db, char **error, const sqlite3_api_routines *api) {
  (void)error;
  SQLITE_EXTENSION_INIT2(api);
  return sqlite3_create_function_v2(db, "strata_interrupt", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, 0, interrupt_connection, 0, 0, 0);
}
