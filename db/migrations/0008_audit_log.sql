-- 0008: the tenant audit log: append-only and tamper-evident. Each row carries the hash of
-- the previous row of its tenant, so an altered or removed row breaks the chain.

CREATE TABLE public.tenant_audit_logs (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id      uuid NOT NULL REFERENCES public.tenants (id),
    actor_user_id  uuid REFERENCES public.users (id),
    event_type     text NOT NULL CHECK (event_type ~ '^[a-z][a-z0-9_.:-]{0,127}$'),
    payload        jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(payload) <= 65536),
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    chain_seq      bigint NOT NULL,
    prev_hash      text,
    row_hash       text NOT NULL,
    CONSTRAINT tenant_audit_logs_chain_key UNIQUE (tenant_id, chain_seq)
);
CREATE INDEX tenant_audit_logs_tenant_time_idx
    ON public.tenant_audit_logs (tenant_id, created_at DESC, id DESC);
CREATE INDEX tenant_audit_logs_actor_idx ON public.tenant_audit_logs (actor_user_id, created_at DESC);

CREATE FUNCTION public.tenant_audit_row_hash(p_prev text, p_row public.tenant_audit_logs)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
        coalesce(p_prev, ''), p_row.id::text, p_row.tenant_id::text,
        coalesce(p_row.actor_user_id::text, ''), p_row.event_type, p_row.payload::text,
        to_char(p_row.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        p_row.chain_seq::text), 'UTF8')), 'hex')
$$;

CREATE FUNCTION public.tenant_audit_chain_link()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
    v_last record;
BEGIN
    -- Serialise appends per tenant so the chain stays linear.
    PERFORM pg_advisory_xact_lock(hashtextextended('tenant_audit:' || NEW.tenant_id::text, 0));
    SELECT a.chain_seq, a.row_hash INTO v_last
      FROM public.tenant_audit_logs a
     WHERE a.tenant_id = NEW.tenant_id
     ORDER BY a.chain_seq DESC LIMIT 1;
    NEW.chain_seq := coalesce(v_last.chain_seq, 0) + 1;
    NEW.prev_hash := v_last.row_hash;
    NEW.row_hash := public.tenant_audit_row_hash(NEW.prev_hash, NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER tenant_audit_chain_link BEFORE INSERT ON public.tenant_audit_logs
    FOR EACH ROW EXECUTE FUNCTION public.tenant_audit_chain_link();
CALL public.dicedesk_make_append_only('public.tenant_audit_logs');

-- Walks a tenant's chain; returns the rows that do not verify (none when intact).
CREATE FUNCTION public.verify_tenant_audit_chain(p_tenant_id uuid)
RETURNS TABLE (chain_seq bigint, audit_id uuid, problem text)
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
    WITH ordered AS (
        SELECT a, lag(a.row_hash) OVER (ORDER BY a.chain_seq) AS expected_prev,
               lag(a.chain_seq) OVER (ORDER BY a.chain_seq) AS prev_seq
          FROM public.tenant_audit_logs a
         WHERE a.tenant_id = p_tenant_id
    )
    SELECT (o.a).chain_seq, (o.a).id,
           CASE
               WHEN coalesce(o.prev_seq, 0) <> (o.a).chain_seq - 1 THEN 'gap before this row'
               WHEN (o.a).prev_hash IS DISTINCT FROM o.expected_prev THEN 'previous hash does not match'
               ELSE 'row hash does not match its content'
           END
      FROM ordered o
     WHERE coalesce(o.prev_seq, 0) <> (o.a).chain_seq - 1
        OR (o.a).prev_hash IS DISTINCT FROM o.expected_prev
        OR (o.a).row_hash <> public.tenant_audit_row_hash((o.a).prev_hash, o.a)
     ORDER BY 1
$$;
