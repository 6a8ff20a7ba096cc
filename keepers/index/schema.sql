-- The Pond market index (keepers/index). Amounts are decimal strings (base units), addresses
-- checksummed hex, `data` columns the JSON of the keepers/state type of the row.
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,  -- chain_id, market, deploy_block, block, block_hash, job_count, default_committee, usable_committees (JSON)
    value TEXT NOT NULL
);
-- Every event of the market, module registry and mediator registry, in chain order (rowid).
CREATE TABLE IF NOT EXISTS events (
    block     INTEGER NOT NULL,
    log_index INTEGER NOT NULL,
    tx_hash   BLOB NOT NULL,   -- 32 bytes
    contract  TEXT NOT NULL,   -- emitting contract's address
    name      TEXT NOT NULL,   -- Solidity event name: JobPosted, JobSettled, VoteRevealed, ...
    job_id    INTEGER,         -- the jobId argument, when the event has one
    args      TEXT NOT NULL,   -- JSON object of the arguments (uint256 as decimal strings, addresses lower-case hex)
    topics    BLOB NOT NULL,   -- the raw log: its topics, 32 bytes each ...
    data      BLOB NOT NULL    -- ... and its data, so any ABI decoder can read it again
);
CREATE UNIQUE INDEX IF NOT EXISTS events_position ON events(block, log_index);
CREATE INDEX IF NOT EXISTS events_job ON events(job_id) WHERE job_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_name ON events(name, block);
CREATE TABLE IF NOT EXISTS jobs (
    id            INTEGER PRIMARY KEY,
    status        INTEGER NOT NULL,  -- JobStatus: 1 Open .. 9 TimedOut
    creator       TEXT NOT NULL,
    provider      TEXT,              -- from JobMatched on
    module_id     INTEGER NOT NULL,
    token         TEXT NOT NULL,
    posted_block  INTEGER NOT NULL,
    updated_block INTEGER NOT NULL,  -- block of the last event that changed it
    data          TEXT NOT NULL      -- state.Job
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, id);
CREATE INDEX IF NOT EXISTS jobs_creator ON jobs(creator, id);
CREATE INDEX IF NOT EXISTS jobs_provider ON jobs(provider, id) WHERE provider IS NOT NULL;
CREATE TABLE IF NOT EXISTS offers (
    id       INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    token    TEXT NOT NULL,
    live     INTEGER NOT NULL,  -- not withdrawn, or still holding deals
    data     TEXT NOT NULL      -- state.Offer (Available: capacity left)
);
CREATE INDEX IF NOT EXISTS offers_provider ON offers(provider, id);
CREATE TABLE IF NOT EXISTS mediations (
    job_id INTEGER PRIMARY KEY,
    open   INTEGER NOT NULL,
    data   TEXT NOT NULL        -- state.Mediation
);
CREATE TABLE IF NOT EXISTS balances (  -- free escrow balances
    account TEXT NOT NULL,
    token   TEXT NOT NULL,
    amount  TEXT NOT NULL,
    PRIMARY KEY (account, token)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mediators (address TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS modules (id INTEGER PRIMARY KEY, name_version TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS committees (id INTEGER PRIMARY KEY, members TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (address TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
