-- 0003: one trigger function that makes a table append-only for every role.
-- Corrections are new rows (reversal entries), never UPDATE, DELETE or TRUNCATE.

CREATE FUNCTION public.dicedesk_refuse_mutation()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = '42501',
              HINT = 'Record a correction as a new entry (a reversal) instead.';
END
$$;

CREATE PROCEDURE public.dicedesk_make_append_only(p_table regclass)
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION public.dicedesk_refuse_mutation()',
                   'append_only_row', p_table);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION public.dicedesk_refuse_mutation()',
                   'append_only_truncate', p_table);
END
$$;
REVOKE ALL ON PROCEDURE public.dicedesk_make_append_only(regclass) FROM PUBLIC;
