// An engine on scratch storage, for engine tests.
import { Engine, type EngineOptions } from '../../engine/index.js';

export async function openTestEngine(overrides: Partial<EngineOptions> = {}): Promise<Engine> {
  return Engine.open({
    memory: true,
    poolSize: 2,
    onError: (error, context) => {
      throw new Error(`unexpected background failure in ${context}: ${String(error)}`);
    },
    ...overrides,
  });
}

/** The code of the error a promise rejects with. */
export async function errorCode(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected an error');
}
