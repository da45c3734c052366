-- Licensed credit service agencies (信用服务机构) subscribe too, and receive public information only: each feed entry
-- says whether what it reports is public (an item in publicity, the end of one's publicity, a repair of one), so that
-- the webhook fan-out and the pull feed decide alike.
ALTER TABLE subscription DROP CONSTRAINT subscription_subscriber_kind_check;
ALTER TABLE subscription ADD CONSTRAINT subscription_subscriber_kind_check
    CHECK (subscriber_kind IN ('CREDIT_OFFICE', 'DEPARTMENT', 'BANK', 'PEER_PLATFORM', 'AGENCY'));
ALTER TABLE subscription_feed ADD COLUMN public_info BOOLEAN NOT NULL DEFAULT FALSE;
