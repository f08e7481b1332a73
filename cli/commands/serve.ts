// strata serve: the server in this process; server/main.ts reads its flags, prints its help and
// sets the exit code of a bad command line.
export async function serve(argv: string[]): Promise<void> {
  // Imported here, not at the top of the CLI, so that the other commands start without loading the engine.
  const server = await import('../../server/main.js');
  await server.serve(argv);
}
