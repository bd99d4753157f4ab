-- payments-service: ledger entry ids come in blocks of 50 (Hibernate's pooled optimizer, allocationSize = 50), so a
-- large 835's entries are inserted in JDBC batches instead of one INSERT ... RETURNING per entry. The column keeps
-- its identity default (the same sequence) for rows written by hand. Ids of one service instance grow with time;
-- entries are read in (posted_at, id) order, which stays right across instances.
ALTER TABLE ledger_entry ALTER COLUMN id SET INCREMENT BY 50;
