-- payments-service: ledger entry ids in blocks of 1000 instead of 50 (V4). A large payer's 835 posts tens of thousands
-- of entries in one transaction, and each block costs a round trip for the next sequence value. An instance still
-- taking blocks of 50 stays apart: each block is below a value nextval handed to that instance alone.
ALTER TABLE ledger_entry ALTER COLUMN id SET INCREMENT BY 1000;
