-- The deciding department may extend its decision once for a complex case or a check (国办发〔2025〕22号).
ALTER TABLE remedy_repair ADD COLUMN extended_days INT NOT NULL DEFAULT 0;
