-- A guarantor may answer for several patients (a parent for their children): each account names the account whose
-- guarantor answers for it, itself until a biller says otherwise. A statement run sends one statement per guarantor
-- listing the open items of every account that names the same guarantor account.
ALTER TABLE patient_account ADD COLUMN guarantor_account_id UUID;
UPDATE patient_account SET guarantor_account_id = id;
ALTER TABLE patient_account ALTER COLUMN guarantor_account_id SET NOT NULL;
CREATE INDEX patient_account_guarantor_idx ON patient_account (tenant_id, guarantor_account_id);

-- Every account a statement covered: the statement's own account (the guarantor's) and the others of the household,
-- so each patient's account lists the statements that billed it.
ALTER TABLE statement ADD COLUMN covered_accounts UUID[];
UPDATE statement SET covered_accounts = ARRAY[account_id];
ALTER TABLE statement ALTER COLUMN covered_accounts SET NOT NULL;
CREATE INDEX statement_covered_accounts_idx ON statement USING GIN (covered_accounts);
