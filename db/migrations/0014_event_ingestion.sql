-- 0014: the one ingestion path for gamification events, one at a time or in batches.
--
-- Callers: a trusted service session (auth.role() = 'service_role', e.g. Lekbanken's API
-- server) or a system admin. The event's actor is named by the caller and must exist; an
-- event of a tenant needs an actor who is an active member of it. occurred_at (default now)
-- becomes created_at and must lie between 400 days ago and 5 minutes ahead.
--
-- A replayed upstream event lands once: the same (tenant, source, idempotency key), or the
-- same (source_system, source_event_id), returns the stored event with inserted = false and
-- writes nothing, provided the payload is the same (every field but the time, and for a match
-- by source event also but the key, so a retry with a regenerated key is still a replay);
-- otherwise the call fails with DD409. Inserts use ON CONFLICT DO NOTHING and re-read the winner in a new
-- statement, so concurrent replays are safe. A batch is all or nothing and set-based: one
-- validation query, one INSERT, one re-read for the rows that were already there.
--
-- Daily summaries (0015) are not touched here: events ingested for past days are counted in
-- the rollup after the next refresh_gamification_daily_summaries_v1 covering those days.

-- Validates, inserts and resolves replays for an array of event objects (keys as the
-- parameter names of ingest_gamification_event_v1 without "p_"). idx is the 0-based position.
-- p_batch only shapes error messages: "events[3].source" rather than "p_source".
CREATE FUNCTION public.dicedesk_ingest_events(p_events jsonb, p_batch boolean)
RETURNS TABLE (idx integer, event_id uuid, inserted boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_now constant timestamptz := now();
    v_uuid constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
    v_problem record;
    v_row record;
    v_new_idx integer[];
    v_new_id uuid[];
    v_rest integer[];
    v_old_idx integer[] := '{}';
    v_old_id uuid[] := '{}';
BEGIN
    -- IS TRUE: without claims auth.role() is NULL, and a NULL guard would let the call through.
    IF (auth.claims_trusted() AND auth.role() = 'service_role') IS NOT TRUE THEN
        IF auth.uid() IS NULL THEN
            RAISE EXCEPTION 'not authenticated: events are ingested by the service or a system admin'
                USING ERRCODE = '28000';
        END IF;
        IF NOT public.dicedesk_user_is_system_admin(auth.uid()) THEN
            RAISE EXCEPTION 'only the service or a system admin may ingest events' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF p_events IS NULL OR jsonb_typeof(p_events) <> 'array' THEN
        RAISE EXCEPTION 'p_events must be a JSON array of event objects' USING ERRCODE = '22023';
    END IF;
    IF jsonb_array_length(p_events) > 1000 THEN
        RAISE EXCEPTION 'at most 1000 events per call (got %)', jsonb_array_length(p_events) USING ERRCODE = '54000';
    END IF;

    -- The first problem, in array order, as code|field|message.
    SELECT e.i, split_part(e.problem, '|', 1) AS code, split_part(e.problem, '|', 2) AS field,
           split_part(e.problem, '|', 3) AS message
      INTO v_problem
      FROM (SELECT x.n::integer - 1 AS i, CASE
            WHEN jsonb_typeof(x.j) <> 'object' THEN '22023||must be a JSON object'
            WHEN EXISTS (SELECT 1 FROM jsonb_object_keys(x.j) AS k
                          WHERE k NOT IN ('tenant_id', 'actor_user_id', 'event_type', 'source', 'idempotency_key',
                                          'metadata', 'occurred_at', 'source_system', 'source_event_id', 'persona',
                                          'site', 'token_type', 'amount', 'simulation_run_id'))
                THEN '22023|' || (SELECT min(k) FROM jsonb_object_keys(x.j) AS k
                                   WHERE k NOT IN ('tenant_id', 'actor_user_id', 'event_type', 'source',
                                                   'idempotency_key', 'metadata', 'occurred_at', 'source_system',
                                                   'source_event_id', 'persona', 'site', 'token_type', 'amount',
                                                   'simulation_run_id')) || '|unknown field'
            WHEN coalesce(x.j -> 'tenant_id', 'null') <> 'null'
                 AND (jsonb_typeof(x.j -> 'tenant_id') <> 'string' OR (x.j ->> 'tenant_id') !~ v_uuid)
                THEN '22023|tenant_id|must be a uuid or null'
            WHEN x.j ->> 'actor_user_id' IS NULL THEN '22023|actor_user_id|is required'
            WHEN jsonb_typeof(x.j -> 'actor_user_id') <> 'string' OR (x.j ->> 'actor_user_id') !~ v_uuid
                THEN '22023|actor_user_id|must be a uuid'
            WHEN x.j ->> 'event_type' IS NULL THEN '22023|event_type|is required'
            WHEN jsonb_typeof(x.j -> 'event_type') <> 'string' OR (x.j ->> 'event_type') !~ '^[a-z][a-z0-9_.:-]{0,63}$'
                THEN '22023|event_type|must be 1 to 64 characters: a lower-case letter, then letters, digits and _ . : -'
            WHEN x.j ->> 'source' IS NULL THEN '22023|source|is required'
            WHEN jsonb_typeof(x.j -> 'source') <> 'string'
                 OR (x.j ->> 'source') NOT IN ('planner', 'play', 'admin', 'system', 'content', 'engagement')
                THEN '22023|source|must be planner, play, admin, system, content or engagement'
            WHEN x.j ->> 'idempotency_key' IS NULL THEN '22023|idempotency_key|is required'
            WHEN jsonb_typeof(x.j -> 'idempotency_key') <> 'string' OR length(x.j ->> 'idempotency_key') NOT BETWEEN 8 AND 200
                 OR (x.j ->> 'idempotency_key') !~ '^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$'
                THEN '22023|idempotency_key|must be 8 to 200 characters of letters, digits and ._:@/+=-'
            WHEN coalesce(x.j -> 'metadata', 'null') <> 'null' AND jsonb_typeof(x.j -> 'metadata') <> 'object'
                THEN '22023|metadata|must be a JSON object'
            WHEN pg_column_size(x.j -> 'metadata') > 65536 THEN '54000|metadata|is larger than 64 KB'
            WHEN coalesce(x.j -> 'occurred_at', 'null') <> 'null'
                 AND public.dicedesk_parse_timestamptz(CASE WHEN jsonb_typeof(x.j -> 'occurred_at') = 'string'
                                                            THEN x.j ->> 'occurred_at' END) IS NULL
                THEN '22023|occurred_at|must be an ISO 8601 date-time with a time zone, e.g. 2026-01-08T12:00:00Z'
            WHEN (x.j ->> 'occurred_at')::timestamptz > v_now + interval '5 minutes'
                THEN '22023|occurred_at|lies more than 5 minutes in the future'
            WHEN (x.j ->> 'occurred_at')::timestamptz < v_now - interval '400 days'
                THEN '22023|occurred_at|is more than 400 days old'
            WHEN coalesce(x.j -> 'source_system', 'null') <> 'null'
                 AND (jsonb_typeof(x.j -> 'source_system') <> 'string'
                      OR (x.j ->> 'source_system') NOT IN ('webhook', 'app', 'stripe', 'segment', 'manual', 'cron_worker', 'seed'))
                THEN '22023|source_system|must be webhook, app, stripe, segment, manual, cron_worker, seed or null'
            WHEN coalesce(x.j -> 'source_event_id', 'null') <> 'null' AND jsonb_typeof(x.j -> 'source_event_id') <> 'string'
                THEN '22023|source_event_id|must be a string or null'
            WHEN length(x.j ->> 'source_event_id') > 200 THEN '22001|source_event_id|is longer than 200 characters'
            WHEN coalesce(x.j -> 'persona', 'null') <> 'null' AND jsonb_typeof(x.j -> 'persona') <> 'string'
                THEN '22023|persona|must be a string or null'
            WHEN length(x.j ->> 'persona') > 64 THEN '22001|persona|is longer than 64 characters'
            WHEN coalesce(x.j -> 'site', 'null') <> 'null' AND jsonb_typeof(x.j -> 'site') <> 'string'
                THEN '22023|site|must be a string or null'
            WHEN length(x.j ->> 'site') > 128 THEN '22001|site|is longer than 128 characters'
            WHEN coalesce(x.j -> 'token_type', 'null') <> 'null' AND jsonb_typeof(x.j -> 'token_type') <> 'string'
                THEN '22023|token_type|must be a string or null'
            WHEN length(x.j ->> 'token_type') > 32 THEN '22001|token_type|is longer than 32 characters'
            WHEN coalesce(x.j -> 'simulation_run_id', 'null') <> 'null' AND jsonb_typeof(x.j -> 'simulation_run_id') <> 'string'
                THEN '22023|simulation_run_id|must be a string or null'
            WHEN length(x.j ->> 'simulation_run_id') > 128 THEN '22001|simulation_run_id|is longer than 128 characters'
            WHEN coalesce(x.j -> 'amount', 'null') <> 'null' AND jsonb_typeof(x.j -> 'amount') <> 'number'
                THEN '22023|amount|must be a number or null'
            WHEN (x.j ->> 'amount')::numeric < 0 THEN '22003|amount|must be >= 0'
            WHEN (x.j ->> 'tenant_id') IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = (x.j ->> 'tenant_id')::uuid)
                THEN 'P0002|tenant_id|unknown tenant'
            WHEN NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = (x.j ->> 'actor_user_id')::uuid)
                THEN 'P0002|actor_user_id|unknown user'
            WHEN (x.j ->> 'tenant_id') IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                                  WHERE m.user_id = (x.j ->> 'actor_user_id')::uuid
                                    AND m.tenant_id = (x.j ->> 'tenant_id')::uuid AND m.status = 'active')
                THEN '22023|actor_user_id|is not an active member of the tenant'
            END AS problem
              FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(j, n)) e
     WHERE e.problem IS NOT NULL
     ORDER BY e.i
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '%', CASE WHEN p_batch THEN format('events[%s]%s: %s', v_problem.i,
                                                           CASE WHEN v_problem.field = '' THEN '' ELSE '.' || v_problem.field END,
                                                           v_problem.message)
                                  ELSE format('p_%s: %s', v_problem.field, v_problem.message) END
            USING ERRCODE = v_problem.code;
    END IF;

    WITH src AS MATERIALIZED (
        SELECT x.n::integer - 1 AS i, gen_random_uuid() AS new_id,
               jsonb_populate_record(NULL::public.gamification_events,
                   x.j || jsonb_build_object('created_at', coalesce(nullif(x.j -> 'occurred_at', 'null'), to_jsonb(v_now)),
                                             'metadata', coalesce(nullif(x.j -> 'metadata', 'null'), '{}'::jsonb))) AS r
          FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(j, n)
    ), ins AS (
        INSERT INTO public.gamification_events
            (id, tenant_id, actor_user_id, event_type, source, idempotency_key, metadata, persona, site,
             token_type, amount, simulation_run_id, source_system, source_event_id, created_at)
        SELECT s.new_id, (s.r).tenant_id, (s.r).actor_user_id, (s.r).event_type, (s.r).source,
               (s.r).idempotency_key, (s.r).metadata, (s.r).persona, (s.r).site, (s.r).token_type, (s.r).amount,
               (s.r).simulation_run_id, (s.r).source_system, (s.r).source_event_id, (s.r).created_at
          FROM src s
         ORDER BY s.i
        ON CONFLICT DO NOTHING
        RETURNING id
    )
    SELECT array_agg(s.i ORDER BY s.i) FILTER (WHERE ins.id IS NOT NULL),
           array_agg(s.new_id ORDER BY s.i) FILTER (WHERE ins.id IS NOT NULL),
           array_agg(s.i ORDER BY s.i) FILTER (WHERE ins.id IS NULL)
      INTO v_new_idx, v_new_id, v_rest
      FROM src s LEFT JOIN ins ON ins.id = s.new_id;

    -- Rows that were not inserted: find the stored event (a new statement sees concurrent
    -- winners) and compare payloads.
    FOR v_row IN
        WITH src AS MATERIALIZED (
            SELECT x.n::integer - 1 AS i,
                   jsonb_populate_record(NULL::public.gamification_events,
                       x.j || jsonb_build_object('metadata', coalesce(nullif(x.j -> 'metadata', 'null'), '{}'::jsonb))) AS r
              FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(j, n)
             WHERE x.n::integer - 1 = ANY (v_rest)
        )
        SELECT s.i, k.id AS key_id, se.id AS source_id, coalesce(k.id, se.id) AS stored_id,
               coalesce(k.same, se.same) AS same
          FROM src s
          LEFT JOIN LATERAL (
                SELECT ev.id,
                       (ev.tenant_id, ev.actor_user_id, ev.event_type, ev.source, ev.idempotency_key, ev.metadata,
                        ev.persona, ev.site, ev.token_type, ev.amount, ev.simulation_run_id, ev.source_system,
                        ev.source_event_id)
                       IS NOT DISTINCT FROM
                       ((s.r).tenant_id, (s.r).actor_user_id, (s.r).event_type, (s.r).source, (s.r).idempotency_key,
                        (s.r).metadata, (s.r).persona, (s.r).site, (s.r).token_type, (s.r).amount,
                        (s.r).simulation_run_id, (s.r).source_system, (s.r).source_event_id) AS same
                  FROM public.gamification_events ev
                 WHERE coalesce(ev.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)
                       = coalesce((s.r).tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)
                   AND ev.source = (s.r).source AND ev.idempotency_key = (s.r).idempotency_key) k ON true
          LEFT JOIN LATERAL (
                SELECT ev.id,
                       (ev.tenant_id, ev.actor_user_id, ev.event_type, ev.source, ev.metadata, ev.persona, ev.site,
                        ev.token_type, ev.amount, ev.simulation_run_id)
                       IS NOT DISTINCT FROM
                       ((s.r).tenant_id, (s.r).actor_user_id, (s.r).event_type, (s.r).source, (s.r).metadata,
                        (s.r).persona, (s.r).site, (s.r).token_type, (s.r).amount, (s.r).simulation_run_id) AS same
                  FROM public.gamification_events ev
                 WHERE ev.source_system = (s.r).source_system AND ev.source_event_id = (s.r).source_event_id) se ON true
         ORDER BY s.i
    LOOP
        IF v_row.stored_id IS NULL THEN
            RAISE EXCEPTION '%', format('%s: a concurrent ingestion of the same event did not finish; retry',
                                        CASE WHEN p_batch THEN format('events[%s]', v_row.i) ELSE 'event' END)
                USING ERRCODE = '40001';
        END IF;
        IF v_row.key_id <> v_row.source_id OR NOT v_row.same THEN
            RAISE EXCEPTION '%', format('%s: this idempotency key or source event id was already used for a different event (%s)',
                                        CASE WHEN p_batch THEN format('events[%s]', v_row.i) ELSE 'event' END,
                                        v_row.stored_id)
                USING ERRCODE = 'DD409';
        END IF;
        v_old_idx := v_old_idx || v_row.i;
        v_old_id := v_old_id || v_row.stored_id;
    END LOOP;

    RETURN QUERY
    SELECT u.i, u.id, true FROM unnest(v_new_idx, v_new_id) AS u(i, id)
    UNION ALL
    SELECT u.i, u.id, false FROM unnest(v_old_idx, v_old_id) AS u(i, id)
    ORDER BY 1;
END
$$;

CREATE FUNCTION public.ingest_gamification_event_v1(
    p_tenant_id uuid, p_actor_user_id uuid, p_event_type text, p_source text, p_idempotency_key text,
    p_metadata jsonb DEFAULT '{}', p_occurred_at timestamptz DEFAULT now(), p_source_system text DEFAULT NULL,
    p_source_event_id text DEFAULT NULL, p_persona text DEFAULT NULL, p_site text DEFAULT NULL,
    p_token_type text DEFAULT NULL, p_amount numeric DEFAULT NULL, p_simulation_run_id text DEFAULT NULL)
RETURNS TABLE (event_id uuid, inserted boolean)
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT r.event_id, r.inserted
      FROM public.dicedesk_ingest_events(jsonb_build_array(jsonb_build_object(
               'tenant_id', p_tenant_id, 'actor_user_id', p_actor_user_id, 'event_type', p_event_type,
               'source', p_source, 'idempotency_key', p_idempotency_key, 'metadata', p_metadata,
               'occurred_at', p_occurred_at, 'source_system', p_source_system,
               'source_event_id', p_source_event_id, 'persona', p_persona, 'site', p_site,
               'token_type', p_token_type, 'amount', p_amount, 'simulation_run_id', p_simulation_run_id)),
           false) AS r
$$;

-- Up to 1000 events, each an object keyed like the parameters above without "p_"
-- (actor_user_id, event_type, source, idempotency_key required; tenant_id null or absent for a
-- global event; the rest optional). All or nothing; idx is the 0-based position in p_events.
CREATE FUNCTION public.ingest_gamification_events_v1(p_events jsonb)
RETURNS TABLE (idx integer, event_id uuid, inserted boolean)
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT r.idx, r.event_id, r.inserted FROM public.dicedesk_ingest_events(p_events, true) AS r
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.ingest_gamification_event_v1(uuid, uuid, text, text, text, jsonb, timestamptz, text,
                                                             text, text, text, text, numeric, text)
    TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.ingest_gamification_events_v1(jsonb) TO authenticated, service_role;
