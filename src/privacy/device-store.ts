// Opt-in storage on this device (SAFETY.md C): nothing is opened or written until the player asks.
// The database has a neutral name and is created only at that moment. "Wis alles" removes every
// trace the game could have made. Every call survives missing, throwing or full storage.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { parseSavedGame, type SavedGame } from './saved-game';

export const DATABASE = 'app-state';
const STORE = 'kv';
const KEY = 'save';

/**
 * A frame sandboxed without allow-same-origin has an opaque origin: it can store nothing, so the game
 * does not try (Chromium's `indexedDB.databases()` there even leaks an unhandled rejection).
 */
function storageForbidden(): boolean {
  return typeof self !== 'undefined' && self.origin === 'null';
}

export class DeviceStore {
  private store: UseStore | null = null;

  get enabled(): boolean {
    return this.store !== null;
  }

  /**
   * Looks for an earlier opt-in without creating anything: `indexedDB.databases()` only lists.
   * Browsers without it simply start fresh.
   */
  async findExisting(): Promise<SavedGame | null> {
    try {
      if (storageForbidden()) return null;
      if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
      const databases = await indexedDB.databases();
      if (!databases.some((db) => db.name === DATABASE)) return null;
      this.store = createStore(DATABASE, STORE);
      const saved = parseSavedGame(await get(KEY, this.store));
      // Foreign or corrupt data is dropped silently; the opt-in itself stays.
      return saved;
    } catch {
      this.store = null;
      return null;
    }
  }

  /** The player chose "Bewaar op dit apparaat". Returns false when this device cannot store. */
  async enable(): Promise<boolean> {
    if (storageForbidden()) return false;
    try {
      this.store ??= createStore(DATABASE, STORE);
      await get(KEY, this.store);
      return true;
    } catch {
      this.store = null;
      return false;
    }
  }

  async save(game: SavedGame): Promise<boolean> {
    if (!this.store) return false;
    try {
      await set(KEY, game, this.store);
      return true;
    } catch {
      // Full or broken storage: the game goes on in memory.
      return false;
    }
  }

  /** Closes the connection, then deletes the database and every other kind of site storage. */
  async wipeAll(): Promise<void> {
    const store = this.store;
    this.store = null;
    if (storageForbidden()) return;
    if (store) {
      try {
        await store('readonly', (objectStore) => objectStore.transaction.db.close());
      } catch {
        // already closed or never opened
      }
    }
    await Promise.allSettled([
      deleteDatabase(DATABASE),
      clearWebStorage(),
      clearCaches(),
      unregisterWorkers(),
    ]);
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      request.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
}

async function clearWebStorage(): Promise<void> {
  // The game never uses these; a deployer's page or an old version might have.
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      window[storage].clear();
    } catch {
      // storage forbidden (sandboxed frame, privacy mode)
    }
  }
}

async function clearCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const key of await caches.keys()) await caches.delete(key);
}

async function unregisterWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  for (const registration of await navigator.serviceWorker.getRegistrations())
    await registration.unregister();
}
