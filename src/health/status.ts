// Whether the bot can serve, as /readyz reports it: the gateway is ready and
// the knowledge base and database are loaded, and it is not shutting down.
export class ServiceStatus {
  gatewayReady = false;
  knowledgeLoaded = false;
  databaseOpen = false;
  shuttingDown = false;

  get ready(): boolean {
    return this.gatewayReady && this.knowledgeLoaded && this.databaseOpen && !this.shuttingDown;
  }

  /** What is still missing, for /readyz's body. */
  get waitingFor(): string[] {
    return [
      ...(this.shuttingDown ? ['shutting down'] : []),
      ...(this.gatewayReady ? [] : ['gateway']),
      ...(this.knowledgeLoaded ? [] : ['knowledge base']),
      ...(this.databaseOpen ? [] : ['database']),
    ];
  }
}
