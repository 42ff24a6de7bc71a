-- Append-only tables: no role changes or removes a row, the superuser and service_role
-- included. Corrections are new rows (reversals).
--
-- The append-only tables are the ones carrying 0003's triggers (discovered); the ones the
-- contract names must be among them. Wherever a role holds UPDATE/DELETE/TRUNCATE (the
-- superuser; service_role UPDATE and DELETE, no TRUNCATE since 0017) the refusal must come from
-- the trigger; the others are stopped earlier by the missing privilege, with the same SQLSTATE.
\ir _setup.psql
\ir _fixture.psql
\ir _matrix_personas.psql
\ir _matrix_fixture.psql
-- The fixture's deferred foreign-key checks would otherwise block TRUNCATE with 55006.
SET CONSTRAINTS ALL IMMEDIATE;
SET LOCAL client_min_messages = warning;

CREATE TEMP TABLE contract_tables (tbl text PRIMARY KEY);
INSERT INTO contract_tables VALUES
    ('coin_transactions'), ('xp_transactions'), ('gamification_events'), ('tenant_audit_logs'),
    ('gamification_admin_awards'), ('gamification_admin_award_recipients'),
    ('gamification_admin_award_request_recipients'), ('achievement_versions');
INSERT INTO contract_tables SELECT 'system_audit_logs' WHERE to_regclass('public.system_audit_logs') IS NOT NULL;

CREATE TEMP TABLE append_only AS
SELECT c.oid, c.relname::text AS tbl,
       format('UPDATE public.%I SET %I = %I', c.relname, a.attname, a.attname) AS upd,
       format('DELETE FROM public.%I', c.relname) AS del,
       format('DELETE FROM public.%I WHERE ctid = (SELECT min(ctid) FROM public.%I)', c.relname, c.relname) AS del_one,
       format('TRUNCATE public.%I', c.relname) AS trunc,
       format('TRUNCATE public.%I CASCADE', c.relname) AS trunc_cascade
  FROM pg_class c
  JOIN LATERAL (SELECT a.attname FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                 ORDER BY a.attnum DESC LIMIT 1) a ON true
 WHERE c.relnamespace = 'public'::regnamespace
   AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'append_only_row');
GRANT SELECT ON append_only TO PUBLIC;

-- Who tries: the superuser, the platform's server, operator mode, and the matrix personas.
-- rolname: the role whose privileges apply (the refusal must come from the trigger wherever
-- that role holds the privilege).
CREATE TEMP TABLE actors (ord int PRIMARY KEY, actor text NOT NULL, rolname name NOT NULL);
INSERT INTO actors VALUES
    (1, 'superuser', current_user), (2, 'service', 'service_role'), (3, 'operator_sys1', 'service_role'),
    (4, 'system_admin', 'authenticated'), (5, 'tenant_admin_a', 'authenticated'), (6, 'member_a', 'authenticated'),
    (7, 'login_admin_a', 'pl_admin_a'), (8, 'no_claims', 'authenticated'), (9, 'anon', 'anon');
CREATE FUNCTION pg_temp.act(p_actor text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CASE p_actor
        WHEN 'superuser' THEN NULL;
        WHEN 'operator_sys1' THEN PERFORM pg_temp.act_as('00000000-0000-4000-8000-000000000001');
        ELSE PERFORM pg_temp.become(p_actor);
    END CASE;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.act(text) TO PUBLIC;

CREATE TEMP TABLE attempts (actor text, tbl text, op text, detail text);
GRANT INSERT ON attempts TO PUBLIC;
CREATE FUNCTION pg_temp.attempt(p_actor text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM pg_temp.append_only LOOP
        INSERT INTO pg_temp.attempts VALUES
            (p_actor, t.tbl, 'UPDATE', pg_temp.outcome_detail(t.upd)),
            (p_actor, t.tbl, 'DELETE', pg_temp.outcome_detail(t.del)),
            (p_actor, t.tbl, 'DELETE one row', pg_temp.outcome_detail(t.del_one)),
            (p_actor, t.tbl, 'TRUNCATE', pg_temp.outcome_detail(t.trunc)),
            (p_actor, t.tbl, 'TRUNCATE CASCADE', pg_temp.outcome_detail(t.trunc_cascade));
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.attempt(text) TO PUBLIC;

SELECT pg_temp.act(actor), pg_temp.attempt(actor), pg_temp.unbecome() FROM actors ORDER BY ord \g /dev/null

SELECT plan(3 + 2 * (SELECT count(*)::int FROM append_only)
            + 4 * (SELECT count(*)::int FROM append_only CROSS JOIN actors) + 12);

-- Which tables -------------------------------------------------------------------------------------------
SELECT is_empty($$SELECT tbl FROM contract_tables EXCEPT SELECT tbl FROM append_only$$,
                'every table the contract names is append-only');
SELECT ok(EXISTS (SELECT 1 FROM attempts), 'the attempts were made');
SELECT is_empty($$SELECT a.tbl FROM append_only a
                   WHERE (SELECT count(*) FROM pg_temp.attempts x WHERE x.tbl = a.tbl AND x.actor = 'superuser'
                            AND x.op = 'DELETE one row' AND x.detail LIKE '42501: % is append-only: DELETE is not allowed') = 0$$,
                'every append-only table held a row to protect (the superuser''s one-row delete hit the trigger)');
-- ENABLE ALWAYS (tgenabled 'A', 0017): the guard fires under session_replication_role = replica too.
SELECT ok(bool_and(EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = a.oid AND t.tgname = 'append_only_row'
                              AND t.tgenabled = 'A' AND (t.tgtype & 3) = 3 AND (t.tgtype & 24) = 24)),
          a.tbl || ': a BEFORE UPDATE OR DELETE row trigger, enabled ALWAYS')
  FROM append_only a GROUP BY a.tbl ORDER BY a.tbl;
SELECT ok(bool_and(EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = a.oid AND t.tgname = 'append_only_truncate'
                              AND t.tgenabled = 'A' AND (t.tgtype & 34) = 34)),
          a.tbl || ': a TRUNCATE trigger, enabled ALWAYS')
  FROM append_only a GROUP BY a.tbl ORDER BY a.tbl;

-- Every actor × every table × UPDATE, DELETE, TRUNCATE CASCADE: 42501, from the trigger for the
-- roles that hold the privilege. A plain TRUNCATE of a referenced table is stopped one step earlier
-- by the foreign key (0A000); either way nothing is removed.
SELECT is(CASE WHEN x.detail LIKE '42501:%' AND (NOT p.held OR x.detail LIKE '% is append-only: %')
               THEN 'refused' ELSE x.detail END, 'refused',
          format('%s: %s on %s is refused%s', ac.actor, x.op, x.tbl,
                 CASE WHEN p.held THEN ' by the trigger' ELSE ' (no privilege)' END))
  FROM attempts x JOIN actors ac ON ac.actor = x.actor
 CROSS JOIN LATERAL (SELECT has_table_privilege(ac.rolname, format('public.%I', x.tbl),
                                                split_part(x.op, ' ', 1)) AS held) p
 WHERE x.op IN ('UPDATE', 'DELETE', 'TRUNCATE CASCADE')
 ORDER BY ac.ord, x.tbl, x.op;
SELECT ok(x.detail LIKE '42501:%' OR x.detail LIKE '0A000: cannot truncate a table referenced in a foreign key constraint%',
          format('%s: TRUNCATE on %s is refused', ac.actor, x.tbl))
  FROM attempts x JOIN actors ac ON ac.actor = x.actor
 WHERE x.op = 'TRUNCATE'
 ORDER BY ac.ord, x.tbl;

-- Nor can the privileged roles switch the guard off ------------------------------------------------------
SELECT pg_temp.act('service');
SELECT throws_ok($$ALTER TABLE public.coin_transactions DISABLE TRIGGER append_only_row$$, '42501', NULL,
                 'service_role cannot disable the trigger');
SELECT throws_ok($$DROP TRIGGER append_only_row ON public.coin_transactions$$, '42501', NULL,
                 'service_role cannot drop the trigger');
SELECT throws_ok($$SET session_replication_role = replica$$, '42501', NULL,
                 'service_role cannot switch to replica mode (which skips ordinary triggers)');
SELECT throws_ok($$ALTER TABLE public.coin_transactions RENAME TO coin_transactions_old$$, '42501', NULL,
                 'service_role cannot rename the ledger away');
SELECT pg_temp.unbecome();

-- Corrections are reversals ------------------------------------------------------------------------------
CREATE TEMP TABLE original AS
SELECT c.*, md5(c::text) AS fp FROM coin_transactions c WHERE c.idempotency_key = 'fx-coin-0001';
GRANT SELECT ON original TO PUBLIC;
CREATE TEMP TABLE corrected AS SELECT NULL::uuid AS transaction_id, NULL::integer AS balance WITH NO DATA;
GRANT INSERT ON corrected TO PUBLIC;
SELECT pg_temp.act_as(:admin_a);
INSERT INTO corrected SELECT * FROM reverse_coin_transaction_v1((SELECT id FROM original), 'Posted twice', 'ao-reversal-0001');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT md5(c::text) FROM coin_transactions c WHERE c.id = (SELECT id FROM original)),
          (SELECT fp FROM original), 'the original entry is untouched');
SELECT results_eq($$SELECT reversal_of, type, amount, user_id, tenant_id FROM coin_transactions
                     WHERE id = (SELECT transaction_id FROM corrected)$$,
                  $$SELECT id, 'spend'::text, amount, user_id, tenant_id FROM original$$,
                  'the correction is a mirrored entry linked to it');
SELECT is((SELECT balance FROM user_coins WHERE user_id = :member_a1 AND tenant_id = :tenant_a),
          (SELECT balance FROM corrected), 'the wallet follows the ledger');
SELECT is((SELECT sum(CASE type WHEN 'earn' THEN amount ELSE -amount END) FROM coin_transactions
            WHERE user_id = :member_a1 AND tenant_id = :tenant_a)::integer,
          (SELECT balance FROM corrected), 'the wallet is the sum of its entries after the correction');

-- What 0017 closed -------------------------------------------------------------------------------------------
-- 1. service_role holds no TRIGGER privilege, so it cannot attach its own trigger to a ledger table,
--    whose pg_temp trigger function would then run inside the definer functions, i.e. as their
--    superuser owner.
CREATE TEMP TABLE trigger_ran_as (who name, super boolean);
GRANT INSERT ON trigger_ran_as TO PUBLIC;
SELECT pg_temp.act('service');
CREATE FUNCTION pg_temp.ao_probe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pg_temp.trigger_ran_as SELECT current_user, r.rolsuper FROM pg_roles r WHERE r.rolname = current_user;
    RETURN NEW;
END $$;
SELECT throws_ok($$CREATE TRIGGER zz_ao_probe BEFORE INSERT ON public.tenant_audit_logs
                   FOR EACH ROW EXECUTE FUNCTION pg_temp.ao_probe()$$, '42501', 'permission denied for table tenant_audit_logs',
                 'service_role cannot attach triggers to an append-only table (no TRIGGER privilege)');
SELECT pg_temp.act_as(:admin_a);
SELECT count(*) FROM admin_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a1]::uuid[], 5, 'probe', 'ao-probe-0001') \g /dev/null
SELECT pg_temp.back_to_superuser();
SELECT is_empty($$SELECT who FROM trigger_ran_as WHERE super$$,
                'no trigger code of service_role''s runs inside an award (as the definer functions'' superuser owner)');
DROP TRIGGER IF EXISTS zz_ao_probe ON public.tenant_audit_logs;
-- 2. The guards are ENABLE ALWAYS: session_replication_role = replica (which skips ordinary, ENABLE
--    ORIGIN, triggers and which a superuser, or anyone granted SET on it, may change) does not
--    switch them off. Every append-only table, as the superuser.
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE replica_try AS
SELECT a.tbl, o.op, pg_temp.outcome_detail(o.stmt) AS detail
  FROM append_only a
 CROSS JOIN LATERAL (VALUES ('UPDATE', a.upd), ('DELETE', a.del_one), ('TRUNCATE', a.trunc_cascade)) AS o (op, stmt);
SET LOCAL session_replication_role = origin;
SELECT is((SELECT count(*) FROM replica_try), 3 * (SELECT count(*) FROM append_only),
          'replica mode: every append-only table was tried');
SELECT is_empty($$SELECT tbl, op, detail FROM replica_try WHERE detail NOT LIKE '42501: % is append-only: %'$$,
                'replica mode: every append-only table still refuses UPDATE, DELETE and TRUNCATE (from the trigger)');

SELECT * FROM finish();
ROLLBACK;
