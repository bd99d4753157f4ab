-- A PLB segment carries up to six adjustments at one segment position: keep their order within it.
ALTER TABLE provider_adjustment ADD COLUMN item_index INTEGER NOT NULL DEFAULT 1;
