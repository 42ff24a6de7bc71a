-- 0013: achievement definitions, versions, awards, and AWARD_BUILDER_EXPORT_SCHEMA_V1 export/import.
--
-- A definition is one canonical jsonb (dicedesk_achievement_definition): every column that
-- describes the achievement plus its translations, without id or timestamps. Every change
-- appends it to achievement_versions (version = previous + 1, version 1 on create), so the
-- previous definition is always kept. A save that changes nothing writes nothing.
--
-- Who may change what: global achievements are system-admin business; a tenant's achievements
-- belong to its owners, admins and editors (and system admins). Status moves draft -> active,
-- active -> archived, archived -> active; nothing returns to draft. Easter eggs have no hint
-- (neither on the achievement nor in a translation).
--
-- Awards record in gamification_admin_awards (award_type 'achievement', amount 1) and unlock
-- at most once per user; a user who already holds the achievement is reported as a duplicate.
-- An award always belongs to a tenant (the table requires one): a tenant achievement's own
-- tenant, otherwise p_tenant_id, which is then required; recipients are active members of it.
-- Keys, their lock and the payload fingerprint are shared with 0012's awards, so a key replays
-- across both paths and a different payload under a used key is DD409.
--
-- Actions without a tenant (global achievements) are audited in system_audit_logs, a single
-- hash chain with the same rules as tenant_audit_logs.

-- System audit log ---------------------------------------------------------------------------
CREATE TABLE public.system_audit_logs (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    actor_user_id  uuid REFERENCES public.users (id),
    event_type     text NOT NULL CHECK (event_type ~ '^[a-z][a-z0-9_.:-]{0,127}$'),
    payload        jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(payload) <= 65536),
    created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    chain_seq      bigint NOT NULL,
    prev_hash      text,
    row_hash       text NOT NULL,
    CONSTRAINT system_audit_logs_chain_key UNIQUE (chain_seq)
);
CREATE INDEX system_audit_logs_time_idx ON public.system_audit_logs (created_at DESC, id DESC);
CREATE INDEX system_audit_logs_actor_idx ON public.system_audit_logs (actor_user_id, created_at DESC);

CREATE FUNCTION public.system_audit_row_hash(p_prev text, p_row public.system_audit_logs)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
        coalesce(p_prev, ''), p_row.id::text, coalesce(p_row.actor_user_id::text, ''),
        p_row.event_type, p_row.payload::text,
        to_char(p_row.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        p_row.chain_seq::text), 'UTF8')), 'hex')
$$;

CREATE FUNCTION public.system_audit_chain_link()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
    v_last record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('system_audit', 0));
    SELECT a.chain_seq, a.row_hash INTO v_last
      FROM public.system_audit_logs a ORDER BY a.chain_seq DESC LIMIT 1;
    NEW.chain_seq := coalesce(v_last.chain_seq, 0) + 1;
    NEW.prev_hash := v_last.row_hash;
    NEW.row_hash := public.system_audit_row_hash(NEW.prev_hash, NEW);
    RETURN NEW;
END
$$;
CREATE TRIGGER system_audit_chain_link BEFORE INSERT ON public.system_audit_logs
    FOR EACH ROW EXECUTE FUNCTION public.system_audit_chain_link();
CALL public.dicedesk_make_append_only('public.system_audit_logs');

ALTER TABLE public.system_audit_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.system_audit_logs FORCE ROW LEVEL SECURITY;
REVOKE ALL ON public.system_audit_logs FROM PUBLIC, anon;
-- Written only through dicedesk_audit_global.
GRANT SELECT ON public.system_audit_logs TO authenticated, service_role;
CREATE POLICY system_audit_read ON public.system_audit_logs FOR SELECT TO authenticated
    USING ((SELECT public.is_system_admin()));

-- The counterpart of dicedesk_audit for actions that have no tenant.
CREATE FUNCTION public.dicedesk_audit_global(p_actor_user_id uuid, p_event_type text, p_payload jsonb)
RETURNS uuid
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    INSERT INTO public.system_audit_logs (actor_user_id, event_type, payload)
    VALUES (p_actor_user_id, p_event_type, coalesce(p_payload, '{}'::jsonb))
    RETURNING id
$$;

-- Walks the system chain; returns the rows that do not verify (none when intact).
CREATE FUNCTION public.verify_system_audit_chain()
RETURNS TABLE (chain_seq bigint, audit_id uuid, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    IF (auth.claims_trusted() AND auth.role() = 'service_role') IS NOT TRUE
       AND NOT public.dicedesk_user_is_system_admin(public.dicedesk_actor(NULL)) THEN
        RAISE EXCEPTION 'only a system admin may verify the system audit chain' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    WITH ordered AS (
        SELECT a, lag(a.row_hash) OVER (ORDER BY a.chain_seq) AS expected_prev,
               lag(a.chain_seq) OVER (ORDER BY a.chain_seq) AS prev_seq
          FROM public.system_audit_logs a
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
        OR (o.a).row_hash <> public.system_audit_row_hash((o.a).prev_hash, o.a)
     ORDER BY 1;
END
$$;

-- Schema hardening ---------------------------------------------------------------------------
-- Drafts are work in progress: plain members see active and archived achievements of their
-- tenants and the global ones; the tenant's staff and system admins also see drafts.
DROP POLICY achievements_read ON public.achievements;
CREATE POLICY achievements_read ON public.achievements FOR SELECT TO authenticated
    USING ((status <> 'draft'
            AND (tenant_id IS NULL OR tenant_id = ANY ((SELECT public.get_user_tenant_ids())::uuid[])))
           OR tenant_id = ANY ((SELECT public.get_user_staff_tenant_ids())::uuid[])
           OR (SELECT public.is_system_admin()));

ALTER TABLE public.gamification_admin_awards
    ADD CONSTRAINT gamification_admin_awards_achievement_fk
        FOREIGN KEY (achievement_id) REFERENCES public.achievements (id);
ALTER TABLE public.gamification_admin_award_requests
    ADD CONSTRAINT gamification_admin_award_requests_achievement_fk
        FOREIGN KEY (achievement_id) REFERENCES public.achievements (id);
CREATE INDEX gamification_admin_awards_achievement_idx
    ON public.gamification_admin_awards (achievement_id) WHERE achievement_id IS NOT NULL;

-- Lekbanken's exports reference its media library; keep the reference so a round trip is lossless.
ALTER TABLE public.achievements ADD COLUMN icon_media_id uuid;

-- Export documents applied by dicedesk_import_achievements_v1 (Lekbanken's table, append-only here).
CREATE TABLE public.award_builder_exports (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id            uuid REFERENCES public.tenants (id),
    scope_type           text NOT NULL CHECK (scope_type IN ('global', 'tenant')),
    schema_version       text NOT NULL CHECK (length(schema_version) <= 20),
    exported_at          timestamptz,
    exported_by_user_id  uuid,
    exported_by_tool     text CHECK (length(exported_by_tool) <= 200),
    export               jsonb NOT NULL CHECK (pg_column_size(export) <= 5242880),
    imported_by_user_id  uuid NOT NULL REFERENCES public.users (id),
    change_reason        text CHECK (length(change_reason) <= 1000),
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT award_builder_exports_scope_matches_tenant CHECK ((scope_type = 'global') = (tenant_id IS NULL))
);
CREATE INDEX award_builder_exports_scope_time_idx
    ON public.award_builder_exports (tenant_id, created_at DESC, id DESC);
CALL public.dicedesk_make_append_only('public.award_builder_exports');
ALTER TABLE public.award_builder_exports ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.award_builder_exports FORCE ROW LEVEL SECURITY;
REVOKE ALL ON public.award_builder_exports FROM PUBLIC, anon;
GRANT SELECT ON public.award_builder_exports TO authenticated, service_role;
CREATE POLICY award_builder_exports_read ON public.award_builder_exports FOR SELECT TO authenticated
    USING (tenant_id = ANY ((SELECT public.get_user_staff_tenant_ids())::uuid[])
           OR (SELECT public.is_system_admin()));

-- Internal helpers (no grants) -----------------------------------------------------------
-- The newest applied migration, for version strings (0 outside a dicedesk-db managed database).
CREATE FUNCTION public.dicedesk_schema_version()
RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_version integer;
BEGIN
    IF to_regclass('public.dicedesk_schema_migrations') IS NULL THEN
        RETURN 0;
    END IF;
    EXECUTE 'SELECT max(version) FROM public.dicedesk_schema_migrations' INTO v_version;
    RETURN coalesce(v_version, 0);
END
$$;

-- The canonical definition of a stored achievement.
CREATE FUNCTION public.dicedesk_achievement_definition(p_achievement_id uuid)
RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT jsonb_build_object(
        'achievement_key', a.achievement_key, 'name', a.name, 'description', a.description,
        'hint_text', a.hint_text, 'badge_color', a.badge_color, 'icon_url', a.icon_url,
        'icon_media_id', a.icon_media_id, 'icon_config', a.icon_config,
        'condition_type', a.condition_type, 'condition_value', a.condition_value,
        'unlock_criteria', a.unlock_criteria, 'is_easter_egg', a.is_easter_egg,
        'scope', a.scope, 'tenant_id', a.tenant_id, 'status', a.status,
        'translations', coalesce((SELECT jsonb_object_agg(t.locale, jsonb_build_object(
                                             'name', t.name, 'description', t.description,
                                             'hint_text', t.hint_text, 'criteria_text', t.criteria_text))
                                    FROM public.achievement_translations t
                                   WHERE t.achievement_id = a.id), '{}'::jsonb))
      FROM public.achievements a
     WHERE a.id = p_achievement_id
$$;

-- One validation problem, as a one-element array to append.
CREATE FUNCTION public.dicedesk_problem(p_path text, p_code text, p_message text)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT jsonb_build_array(jsonb_build_object('path', p_path, 'code', p_code, 'message', p_message))
$$;

-- Checks an optional or required text value (a JSON string or null) against a length limit.
CREATE FUNCTION public.dicedesk_text_problem(p_value jsonb, p_path text, p_required boolean, p_max integer)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN p_value IS NULL OR p_value = 'null'::jsonb THEN
            CASE WHEN p_required THEN public.dicedesk_problem(p_path, '22023', 'is required') ELSE '[]'::jsonb END
        WHEN jsonb_typeof(p_value) <> 'string' THEN
            public.dicedesk_problem(p_path, '22023', 'must be a string' || CASE WHEN p_required THEN '' ELSE ' or null' END)
        WHEN p_required AND public.dicedesk_is_blank(p_value #>> '{}') THEN
            public.dicedesk_problem(p_path, '22023', 'must not be empty')
        WHEN length(p_value #>> '{}') > p_max THEN
            public.dicedesk_problem(p_path, '22001', format('is %s characters long; at most %s are allowed',
                                                            length(p_value #>> '{}'), p_max))
        ELSE '[]'::jsonb
    END
$$;

-- Where a field of a definition is reported: its name, or with p_export_paths where
-- AWARD_BUILDER_EXPORT_SCHEMA_V1 nests it; under p_prefix.
CREATE FUNCTION public.dicedesk_field_path(p_prefix text, p_field text, p_export_paths boolean)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT concat_ws('.', p_prefix, CASE WHEN p_export_paths THEN coalesce(jsonb_build_object(
        'icon_url', 'icon.icon_url_legacy', 'icon_media_id', 'icon.icon_media_id',
        'badge_color', 'badge.badge_color', 'icon_config', 'badge.icon_config',
        'is_easter_egg', 'visibility.is_easter_egg', 'hint_text', 'visibility.hint_text',
        'condition_type', 'unlock.condition_type', 'condition_value', 'unlock.condition_value',
        'unlock_criteria', 'unlock.unlock_criteria', 'scope', 'publish_scope.type',
        'tenant_id', 'publish_scope.tenant_id') ->> p_field, p_field) ELSE p_field END)
$$;

-- Every problem of a complete definition, as [{path, code, message}] (paths as
-- dicedesk_field_path names them).
CREATE FUNCTION public.dicedesk_achievement_problems(p_def jsonb, p_prefix text, p_export_paths boolean)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_uuid constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
    v_egg constant boolean := (p_def -> 'is_easter_egg') = 'true'::jsonb;
    v_p jsonb := '[]'::jsonb;
    v_value jsonb;
    v_path text;
    v_locale record;
    v_key text;
BEGIN
    v_value := p_def -> 'achievement_key';
    IF v_value IS NULL OR v_value = 'null'::jsonb THEN
        v_p := v_p || public.dicedesk_problem(concat_ws('.', p_prefix, 'achievement_key'), '22023', 'is required');
    ELSIF jsonb_typeof(v_value) <> 'string' OR (v_value #>> '{}') !~ '^[a-z0-9][a-z0-9_.-]{1,63}$' THEN
        v_p := v_p || public.dicedesk_problem(concat_ws('.', p_prefix, 'achievement_key'), '22023',
            'must be 2 to 64 characters: lower-case letters, digits and _ . - (starting with a letter or digit)');
    END IF;
    v_p := v_p
        || public.dicedesk_text_problem(p_def -> 'name', concat_ws('.', p_prefix, 'name'), true, 200)
        || public.dicedesk_text_problem(p_def -> 'description', concat_ws('.', p_prefix, 'description'), false, 2000)
        || public.dicedesk_text_problem(p_def -> 'condition_type',
                                        public.dicedesk_field_path(p_prefix, 'condition_type', p_export_paths), true, 64)
        || public.dicedesk_text_problem(p_def -> 'icon_url',
                                        public.dicedesk_field_path(p_prefix, 'icon_url', p_export_paths), false, 2000)
        || public.dicedesk_text_problem(p_def -> 'hint_text',
                                        public.dicedesk_field_path(p_prefix, 'hint_text', p_export_paths), false, 500);

    IF jsonb_typeof(p_def -> 'is_easter_egg') IS DISTINCT FROM 'boolean' THEN
        v_p := v_p || public.dicedesk_problem(public.dicedesk_field_path(p_prefix, 'is_easter_egg', p_export_paths),
                                              '22023', 'must be true or false');
    END IF;
    IF v_egg AND jsonb_typeof(p_def -> 'hint_text') = 'string' AND NOT public.dicedesk_is_blank(p_def ->> 'hint_text') THEN
        v_p := v_p || public.dicedesk_problem(public.dicedesk_field_path(p_prefix, 'hint_text', p_export_paths),
                                              '22023', 'an easter egg has no hint: must be null');
    END IF;

    v_value := p_def -> 'badge_color';
    IF coalesce(v_value, 'null'::jsonb) <> 'null'::jsonb
       AND (jsonb_typeof(v_value) <> 'string' OR (v_value #>> '{}') !~ '^#[0-9a-fA-F]{6}$') THEN
        v_p := v_p || public.dicedesk_problem(public.dicedesk_field_path(p_prefix, 'badge_color', p_export_paths),
                                              '22023', 'must be a colour like #1E88E5 or null');
    END IF;
    v_value := p_def -> 'icon_media_id';
    IF coalesce(v_value, 'null'::jsonb) <> 'null'::jsonb
       AND (jsonb_typeof(v_value) <> 'string' OR (v_value #>> '{}') !~ v_uuid) THEN
        v_p := v_p || public.dicedesk_problem(public.dicedesk_field_path(p_prefix, 'icon_media_id', p_export_paths),
                                              '22023', 'must be a uuid or null');
    END IF;
    v_value := p_def -> 'icon_config';
    v_path := public.dicedesk_field_path(p_prefix, 'icon_config', p_export_paths);
    IF coalesce(v_value, 'null'::jsonb) <> 'null'::jsonb AND jsonb_typeof(v_value) <> 'object' THEN
        v_p := v_p || public.dicedesk_problem(v_path, '22023', 'must be a JSON object or null');
    ELSIF pg_column_size(v_value) > 65536 THEN
        v_p := v_p || public.dicedesk_problem(v_path, '54000', 'is larger than 64 KB');
    END IF;

    v_value := p_def -> 'condition_value';
    IF coalesce(v_value, 'null'::jsonb) <> 'null'::jsonb
       AND (jsonb_typeof(v_value) <> 'number'
            OR (v_value #>> '{}')::numeric <> trunc((v_value #>> '{}')::numeric)
            OR (v_value #>> '{}')::numeric NOT BETWEEN 0 AND 2147483647) THEN
        v_p := v_p || public.dicedesk_problem(public.dicedesk_field_path(p_prefix, 'condition_value', p_export_paths),
                                              '22023', 'must be a whole number >= 0 or null');
    END IF;

    v_value := p_def -> 'unlock_criteria';
    v_path := public.dicedesk_field_path(p_prefix, 'unlock_criteria', p_export_paths);
    IF jsonb_typeof(v_value) IS DISTINCT FROM 'object' THEN
        v_p := v_p || public.dicedesk_problem(v_path, '22023', 'must be an object {type, params}');
    ELSE
        IF jsonb_typeof(v_value -> 'type') IS DISTINCT FROM 'string'
           OR (v_value ->> 'type') NOT IN ('event', 'milestone', 'manual') THEN
            v_p := v_p || public.dicedesk_problem(v_path || '.type', '22023', 'must be event, milestone or manual');
        END IF;
        IF jsonb_typeof(v_value -> 'params') IS DISTINCT FROM 'object' THEN
            v_p := v_p || public.dicedesk_problem(v_path || '.params', '22023', 'must be a JSON object');
        END IF;
        FOR v_key IN SELECT k FROM jsonb_object_keys(v_value) AS k WHERE k NOT IN ('type', 'params') ORDER BY k LOOP
            v_p := v_p || public.dicedesk_problem(v_path || '.' || v_key, '22023', 'unknown field');
        END LOOP;
        IF pg_column_size(v_value) > 65536 THEN
            v_p := v_p || public.dicedesk_problem(v_path, '54000', 'is larger than 64 KB');
        END IF;
    END IF;

    v_path := public.dicedesk_field_path(p_prefix, 'tenant_id', p_export_paths);
    IF jsonb_typeof(p_def -> 'scope') IS DISTINCT FROM 'string' OR (p_def ->> 'scope') NOT IN ('global', 'tenant') THEN
        v_p := v_p || public.dicedesk_problem(public.dicedesk_field_path(p_prefix, 'scope', p_export_paths),
                                              '22023', 'must be global or tenant');
    ELSIF (p_def ->> 'scope' = 'global') <> ((p_def ->> 'tenant_id') IS NULL) THEN
        v_p := v_p || public.dicedesk_problem(v_path, '22023', 'must be null for global scope and set for tenant scope');
    ELSIF (p_def ->> 'tenant_id') IS NOT NULL THEN
        IF jsonb_typeof(p_def -> 'tenant_id') <> 'string' OR (p_def ->> 'tenant_id') !~ v_uuid THEN
            v_p := v_p || public.dicedesk_problem(v_path, '22023', 'must be a uuid');
        ELSIF NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = (p_def ->> 'tenant_id')::uuid) THEN
            v_p := v_p || public.dicedesk_problem(v_path, 'P0002', 'unknown tenant');
        END IF;
    END IF;

    IF jsonb_typeof(p_def -> 'status') IS DISTINCT FROM 'string'
       OR (p_def ->> 'status') NOT IN ('draft', 'active', 'archived') THEN
        v_p := v_p || public.dicedesk_problem(concat_ws('.', p_prefix, 'status'), '22023', 'must be draft, active or archived');
    END IF;

    v_value := p_def -> 'translations';
    IF jsonb_typeof(v_value) IS DISTINCT FROM 'object' THEN
        v_p := v_p || public.dicedesk_problem(concat_ws('.', p_prefix, 'translations'), '22023',
                                              'must be an object keyed by locale (sv, en, no)');
        RETURN v_p;
    END IF;
    FOR v_locale IN SELECT l.key, l.value FROM jsonb_each(v_value) AS l ORDER BY l.key LOOP
        v_path := concat_ws('.', p_prefix, 'translations', v_locale.key);
        IF v_locale.key NOT IN ('sv', 'en', 'no') THEN
            v_p := v_p || public.dicedesk_problem(v_path, '22023', 'unknown locale: use sv, en or no');
        ELSIF jsonb_typeof(v_locale.value) <> 'object' THEN
            v_p := v_p || public.dicedesk_problem(v_path, '22023',
                                                  'must be an object {name, description, hint_text, criteria_text}');
        ELSE
            FOR v_key IN SELECT k FROM jsonb_object_keys(v_locale.value) AS k
                          WHERE k NOT IN ('name', 'description', 'hint_text', 'criteria_text') ORDER BY k LOOP
                v_p := v_p || public.dicedesk_problem(v_path || '.' || v_key, '22023', 'unknown field');
            END LOOP;
            v_p := v_p
                || public.dicedesk_text_problem(v_locale.value -> 'name', v_path || '.name', true, 200)
                || public.dicedesk_text_problem(v_locale.value -> 'description', v_path || '.description', false, 2000)
                || public.dicedesk_text_problem(v_locale.value -> 'hint_text', v_path || '.hint_text', false, 500)
                || public.dicedesk_text_problem(v_locale.value -> 'criteria_text', v_path || '.criteria_text', false, 1000);
            IF v_egg AND jsonb_typeof(v_locale.value -> 'hint_text') = 'string'
               AND NOT public.dicedesk_is_blank(v_locale.value ->> 'hint_text') THEN
                v_p := v_p || public.dicedesk_problem(v_path || '.hint_text', '22023', 'an easter egg has no hint: must be null');
            END IF;
        END IF;
    END LOOP;
    RETURN v_p;
END
$$;

-- A blank or non-string optional text counts as null.
CREATE FUNCTION public.dicedesk_blank_null(p_value jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT CASE WHEN jsonb_typeof(p_value) = 'string' AND NOT public.dicedesk_is_blank(p_value #>> '{}') THEN p_value END
$$;

-- The stored form of a valid definition: blank optional texts become null, ids canonical,
-- numbers integral, every translation carries all four fields. Equal to
-- dicedesk_achievement_definition() of the row it is saved as.
CREATE FUNCTION public.dicedesk_achievement_normalize(p_def jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT jsonb_build_object(
        'achievement_key', p_def -> 'achievement_key', 'name', p_def -> 'name',
        'description', public.dicedesk_blank_null(p_def -> 'description'),
        'hint_text', public.dicedesk_blank_null(p_def -> 'hint_text'),
        'badge_color', p_def -> 'badge_color',
        'icon_url', public.dicedesk_blank_null(p_def -> 'icon_url'),
        'icon_media_id', to_jsonb((p_def ->> 'icon_media_id')::uuid),
        'icon_config', p_def -> 'icon_config',
        'condition_type', p_def -> 'condition_type',
        'condition_value', to_jsonb((p_def ->> 'condition_value')::numeric::integer),
        'unlock_criteria', p_def -> 'unlock_criteria',
        'is_easter_egg', p_def -> 'is_easter_egg',
        'scope', p_def -> 'scope',
        'tenant_id', to_jsonb((p_def ->> 'tenant_id')::uuid),
        'status', p_def -> 'status',
        'translations', coalesce((SELECT jsonb_object_agg(l.key, jsonb_build_object(
                                             'name', l.value -> 'name',
                                             'description', public.dicedesk_blank_null(l.value -> 'description'),
                                             'hint_text', public.dicedesk_blank_null(l.value -> 'hint_text'),
                                             'criteria_text', public.dicedesk_blank_null(l.value -> 'criteria_text')))
                                    FROM jsonb_each(p_def -> 'translations') AS l), '{}'::jsonb))
$$;

-- draft -> active -> archived -> active; staying put is always allowed.
CREATE FUNCTION public.dicedesk_achievement_transition_ok(p_from text, p_to text)
RETURNS boolean
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT p_from = p_to
        OR (p_from, p_to) IN (('draft', 'active'), ('active', 'archived'), ('archived', 'active'))
$$;

-- Refuses unless the user may design achievements of the scope: global (NULL) needs a system
-- admin; a tenant needs its owner, admin or editor (or a system admin).
CREATE FUNCTION public.dicedesk_require_achievement_designer(p_user_id uuid, p_tenant_id uuid)
RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    IF p_tenant_id IS NULL THEN
        IF NOT public.dicedesk_user_is_system_admin(p_user_id) THEN
            RAISE EXCEPTION 'only a system admin may manage global achievements' USING ERRCODE = '42501';
        END IF;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = p_tenant_id) THEN
        RAISE EXCEPTION 'unknown tenant %', p_tenant_id USING ERRCODE = 'P0002';
    END IF;
    IF NOT public.dicedesk_user_has_tenant_role(p_user_id, p_tenant_id,
                                                ARRAY['owner', 'admin', 'editor']::public.tenant_role_enum[]) THEN
        RAISE EXCEPTION 'only an owner, admin or editor of this tenant or a system admin may manage its achievements'
            USING ERRCODE = '42501';
    END IF;
END
$$;

-- Audits an achievement action in its tenant's chain, or in the system chain when global.
CREATE FUNCTION public.dicedesk_achievement_audit(p_tenant_id uuid, p_actor uuid, p_event_type text, p_payload jsonb)
RETURNS uuid
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT CASE WHEN p_tenant_id IS NULL
                THEN public.dicedesk_audit_global(p_actor, p_event_type, p_payload)
                ELSE public.dicedesk_audit(p_tenant_id, p_actor, p_event_type, p_payload) END
$$;

-- Writes a normalized, checked definition (p_id NULL creates) with its translations and
-- appends the version row. An achievement that has no version yet first gets its current
-- state recorded as version 1, so the previous definition is never lost.
CREATE FUNCTION public.dicedesk_achievement_store(p_actor uuid, p_id uuid, p_def jsonb, p_reason text,
                                                  OUT o_id uuid, OUT o_version integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_tenant uuid := (p_def ->> 'tenant_id')::uuid;
BEGIN
    IF EXISTS (SELECT 1 FROM public.achievements a
                WHERE a.scope_tenant_id = coalesce(v_tenant, '00000000-0000-0000-0000-000000000000'::uuid)
                  AND a.achievement_key = p_def ->> 'achievement_key' AND a.id IS DISTINCT FROM p_id) THEN
        RAISE EXCEPTION 'achievement_key % is already used in this scope', p_def ->> 'achievement_key'
            USING ERRCODE = '22023';
    END IF;
    IF p_id IS NULL THEN
        INSERT INTO public.achievements
            (achievement_key, name, description, icon_url, icon_media_id, badge_color, icon_config,
             condition_type, condition_value, unlock_criteria, is_easter_egg, hint_text, tenant_id,
             scope, status, created_by, updated_by)
        VALUES (p_def ->> 'achievement_key', p_def ->> 'name', p_def ->> 'description', p_def ->> 'icon_url',
                (p_def ->> 'icon_media_id')::uuid, p_def ->> 'badge_color', nullif(p_def -> 'icon_config', 'null'::jsonb),
                p_def ->> 'condition_type', (p_def ->> 'condition_value')::integer, p_def -> 'unlock_criteria',
                (p_def ->> 'is_easter_egg')::boolean, p_def ->> 'hint_text', v_tenant, p_def ->> 'scope',
                (p_def ->> 'status')::public.achievement_status_enum, p_actor, p_actor)
        RETURNING id INTO o_id;
        o_version := 1;
    ELSE
        o_id := p_id;
        SELECT coalesce(max(v.version), 0) INTO o_version
          FROM public.achievement_versions v WHERE v.achievement_id = p_id;
        IF o_version = 0 THEN
            INSERT INTO public.achievement_versions (achievement_id, version, definition, changed_by, change_reason)
            SELECT p_id, 1, public.dicedesk_achievement_definition(p_id), a.updated_by,
                   'state before the first recorded change'
              FROM public.achievements a WHERE a.id = p_id;
            o_version := 1;
        END IF;
        o_version := o_version + 1;
        UPDATE public.achievements a
           SET achievement_key = p_def ->> 'achievement_key', name = p_def ->> 'name',
               description = p_def ->> 'description', icon_url = p_def ->> 'icon_url',
               icon_media_id = (p_def ->> 'icon_media_id')::uuid, badge_color = p_def ->> 'badge_color',
               icon_config = nullif(p_def -> 'icon_config', 'null'::jsonb),
               condition_type = p_def ->> 'condition_type',
               condition_value = (p_def ->> 'condition_value')::integer,
               unlock_criteria = p_def -> 'unlock_criteria',
               is_easter_egg = (p_def ->> 'is_easter_egg')::boolean, hint_text = p_def ->> 'hint_text',
               status = (p_def ->> 'status')::public.achievement_status_enum,
               updated_by = p_actor, updated_at = now()
         WHERE a.id = p_id;
        DELETE FROM public.achievement_translations t
         WHERE t.achievement_id = p_id AND NOT (p_def -> 'translations') ? t.locale;
    END IF;
    INSERT INTO public.achievement_translations AS t (achievement_id, locale, name, description, hint_text, criteria_text)
    SELECT o_id, l.key, l.value ->> 'name', l.value ->> 'description', l.value ->> 'hint_text', l.value ->> 'criteria_text'
      FROM jsonb_each(p_def -> 'translations') AS l
    ON CONFLICT ON CONSTRAINT achievement_translations_locale_key DO UPDATE
       SET name = EXCLUDED.name, description = EXCLUDED.description,
           hint_text = EXCLUDED.hint_text, criteria_text = EXCLUDED.criteria_text;
    INSERT INTO public.achievement_versions (achievement_id, version, definition, changed_by, change_reason)
    VALUES (o_id, o_version, public.dicedesk_achievement_definition(o_id), p_actor, p_reason);
END
$$;

-- Raises the first problem of a list from dicedesk_achievement_problems (all of them in DETAIL).
CREATE FUNCTION public.dicedesk_raise_problems(p_problems jsonb)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
AS $$
BEGIN
    IF jsonb_array_length(p_problems) > 0 THEN
        RAISE EXCEPTION '%', format('%s: %s%s', p_problems -> 0 ->> 'path', p_problems -> 0 ->> 'message',
                                    CASE WHEN jsonb_array_length(p_problems) > 1
                                         THEN format(' (and %s more problems)', jsonb_array_length(p_problems) - 1)
                                         ELSE '' END)
            USING ERRCODE = p_problems -> 0 ->> 'code', DETAIL = p_problems::text;
    END IF;
END
$$;

-- Achievements: save, status, holders ---------------------------------------------------------
-- Creates (no "id") or updates ("id" set; absent fields keep their value, "translations"
-- replaces the whole set) one achievement. Returns {id, version, created, changed}.
CREATE FUNCTION public.dicedesk_save_achievement_v1(p_achievement jsonb, p_change_reason text,
                                                    p_expected_version integer DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_uuid constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
    v_unknown text;
    v_id uuid;
    v_current jsonb;
    v_latest integer;
    v_def jsonb;
    v_tenant uuid;
    v_stored record;
    v_changed text[];
BEGIN
    IF p_achievement IS NULL OR jsonb_typeof(p_achievement) <> 'object' THEN
        RAISE EXCEPTION 'p_achievement must be a JSON object' USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k, ', ' ORDER BY k) INTO v_unknown
      FROM jsonb_object_keys(p_achievement) AS k
     WHERE k NOT IN ('id', 'achievement_key', 'name', 'description', 'hint_text', 'badge_color', 'icon_url',
                     'icon_media_id', 'icon_config', 'condition_type', 'condition_value', 'unlock_criteria',
                     'is_easter_egg', 'scope', 'tenant_id', 'status', 'translations');
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown fields in p_achievement: %', v_unknown USING ERRCODE = '22023';
    END IF;
    IF length(p_change_reason) > 1000 THEN
        RAISE EXCEPTION 'p_change_reason is % characters long; at most 1000 are allowed', length(p_change_reason)
            USING ERRCODE = '22001';
    END IF;

    IF coalesce(p_achievement -> 'id', 'null'::jsonb) <> 'null'::jsonb THEN
        IF jsonb_typeof(p_achievement -> 'id') <> 'string' OR (p_achievement ->> 'id') !~ v_uuid THEN
            RAISE EXCEPTION 'id must be a uuid' USING ERRCODE = '22023';
        END IF;
        v_id := (p_achievement ->> 'id')::uuid;
        PERFORM 1 FROM public.achievements a WHERE a.id = v_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'achievement % not found', v_id USING ERRCODE = 'P0002';
        END IF;
        v_current := public.dicedesk_achievement_definition(v_id);
        PERFORM public.dicedesk_require_achievement_designer(v_actor, (v_current ->> 'tenant_id')::uuid);
        SELECT coalesce(max(v.version), 0) INTO v_latest FROM public.achievement_versions v WHERE v.achievement_id = v_id;
        IF p_expected_version IS NOT NULL AND p_expected_version <> v_latest THEN
            RAISE EXCEPTION 'achievement % was changed by someone else: version % is current, the edit is based on version %',
                            v_id, v_latest, p_expected_version
                USING ERRCODE = '40001', HINT = 'Reload the achievement and apply the change again.';
        END IF;
        IF (p_achievement ? 'scope' AND (p_achievement -> 'scope') IS DISTINCT FROM (v_current -> 'scope'))
           OR (p_achievement ? 'tenant_id'
               AND lower(p_achievement ->> 'tenant_id') IS DISTINCT FROM (v_current ->> 'tenant_id')) THEN
            RAISE EXCEPTION 'the scope and tenant of an achievement cannot change; create a new achievement instead'
                USING ERRCODE = '22023';
        END IF;
        IF public.dicedesk_is_blank(p_change_reason) THEN
            RAISE EXCEPTION 'p_change_reason is required when changing an achievement' USING ERRCODE = '22023';
        END IF;
        v_def := v_current || (p_achievement - 'id');
    ELSE
        IF p_expected_version IS NOT NULL THEN
            RAISE EXCEPTION 'p_expected_version is only for updates' USING ERRCODE = '22023';
        END IF;
        IF coalesce(p_achievement -> 'tenant_id', 'null'::jsonb) <> 'null'::jsonb THEN
            IF jsonb_typeof(p_achievement -> 'tenant_id') <> 'string' OR (p_achievement ->> 'tenant_id') !~ v_uuid THEN
                RAISE EXCEPTION 'tenant_id: must be a uuid' USING ERRCODE = '22023';
            END IF;
            v_tenant := (p_achievement ->> 'tenant_id')::uuid;
        END IF;
        PERFORM public.dicedesk_require_achievement_designer(v_actor, v_tenant);
        v_def := jsonb_build_object(
                     'description', NULL, 'hint_text', NULL, 'badge_color', NULL, 'icon_url', NULL,
                     'icon_media_id', NULL, 'icon_config', NULL, 'condition_type', 'manual',
                     'condition_value', NULL, 'unlock_criteria', '{"type": "manual", "params": {}}'::jsonb,
                     'is_easter_egg', false, 'scope', CASE WHEN v_tenant IS NULL THEN 'global' ELSE 'tenant' END,
                     'tenant_id', v_tenant, 'status', 'draft', 'translations', '{}'::jsonb)
                 || p_achievement - 'id';
    END IF;

    PERFORM public.dicedesk_raise_problems(public.dicedesk_achievement_problems(v_def, NULL, false));
    v_def := public.dicedesk_achievement_normalize(v_def);
    IF v_id IS NULL AND v_def ->> 'status' = 'archived' THEN
        RAISE EXCEPTION 'a new achievement starts as draft or active' USING ERRCODE = '22023';
    END IF;
    IF v_id IS NOT NULL AND NOT public.dicedesk_achievement_transition_ok(v_current ->> 'status', v_def ->> 'status') THEN
        RAISE EXCEPTION 'status cannot change from % to %', v_current ->> 'status', v_def ->> 'status'
            USING ERRCODE = '22023', HINT = 'Allowed: draft -> active, active -> archived, archived -> active.';
    END IF;
    IF v_id IS NOT NULL AND v_def = v_current THEN
        RETURN jsonb_build_object('id', v_id, 'version', v_latest, 'created', false, 'changed', false);
    END IF;

    SELECT * INTO v_stored
      FROM public.dicedesk_achievement_store(v_actor, v_id, v_def, CASE WHEN public.dicedesk_is_blank(p_change_reason) THEN NULL ELSE btrim(p_change_reason) END);
    IF v_id IS NULL THEN
        PERFORM public.dicedesk_achievement_audit((v_def ->> 'tenant_id')::uuid, v_actor, 'gamification.achievement.created',
            jsonb_build_object('achievement_id', v_stored.o_id, 'achievement_key', v_def ->> 'achievement_key',
                               'version', v_stored.o_version, 'status', v_def ->> 'status',
                               'reason', p_change_reason));
    ELSE
        SELECT array_agg(k ORDER BY k) INTO v_changed
          FROM jsonb_object_keys(v_def) AS k WHERE (v_def -> k) IS DISTINCT FROM (v_current -> k);
        PERFORM public.dicedesk_achievement_audit((v_def ->> 'tenant_id')::uuid, v_actor,
            CASE WHEN v_changed = ARRAY['status'] THEN 'gamification.achievement.status_changed'
                 ELSE 'gamification.achievement.updated' END,
            jsonb_build_object('achievement_id', v_id, 'achievement_key', v_def ->> 'achievement_key',
                               'version', v_stored.o_version, 'changed_fields', to_jsonb(v_changed),
                               'status_from', v_current ->> 'status', 'status_to', v_def ->> 'status',
                               'reason', p_change_reason));
    END IF;
    RETURN jsonb_build_object('id', v_stored.o_id, 'version', v_stored.o_version,
                              'created', v_id IS NULL, 'changed', true);
END
$$;

-- Bulk activate/archive, all or nothing. Each achievement that changes gets a version row and
-- an audit row; those already in the status are reported as unchanged.
CREATE FUNCTION public.dicedesk_set_achievement_status_v1(p_achievement_ids uuid[], p_status text,
                                                          p_change_reason text)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_ids uuid[];
    v_bad uuid[];
    v_tenant record;
    v_row record;
    v_stored record;
    v_changed jsonb := '[]'::jsonb;
    v_unchanged uuid[];
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('draft', 'active', 'archived') THEN
        RAISE EXCEPTION 'p_status must be draft, active or archived' USING ERRCODE = '22023';
    END IF;
    IF public.dicedesk_is_blank(p_change_reason) THEN
        RAISE EXCEPTION 'p_change_reason is required' USING ERRCODE = '22023';
    END IF;
    IF length(p_change_reason) > 1000 THEN
        RAISE EXCEPTION 'p_change_reason is % characters long; at most 1000 are allowed', length(p_change_reason)
            USING ERRCODE = '22001';
    END IF;
    IF cardinality(p_achievement_ids) > 1000 THEN
        RAISE EXCEPTION 'at most 1000 achievements per call (got %)', cardinality(p_achievement_ids)
            USING ERRCODE = '54000';
    END IF;
    SELECT array_agg(DISTINCT i ORDER BY i) INTO v_ids FROM unnest(p_achievement_ids) AS i WHERE i IS NOT NULL;
    IF v_ids IS NULL THEN
        RAISE EXCEPTION 'p_achievement_ids is required' USING ERRCODE = '22023';
    END IF;

    PERFORM 1 FROM public.achievements a WHERE a.id = ANY (v_ids) ORDER BY a.id FOR UPDATE;
    SELECT array_agg(i) INTO v_bad FROM unnest(v_ids) AS i
     WHERE NOT EXISTS (SELECT 1 FROM public.achievements a WHERE a.id = i);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'achievements not found: %', array_to_string(v_bad[1:5], ', ') USING ERRCODE = 'P0002';
    END IF;
    FOR v_tenant IN SELECT DISTINCT a.tenant_id FROM public.achievements a WHERE a.id = ANY (v_ids) LOOP
        PERFORM public.dicedesk_require_achievement_designer(v_actor, v_tenant.tenant_id);
    END LOOP;
    SELECT array_agg(a.id ORDER BY a.id) INTO v_bad FROM public.achievements a
     WHERE a.id = ANY (v_ids) AND NOT public.dicedesk_achievement_transition_ok(a.status::text, p_status);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'status cannot change to % for: %', p_status, array_to_string(v_bad[1:5], ', ')
            USING ERRCODE = '22023', HINT = 'Allowed: draft -> active, active -> archived, archived -> active.';
    END IF;

    SELECT array_agg(a.id ORDER BY a.id) INTO v_unchanged FROM public.achievements a
     WHERE a.id = ANY (v_ids) AND a.status::text = p_status;
    FOR v_row IN
        SELECT a.id, a.tenant_id, a.achievement_key, a.status::text AS status FROM public.achievements a
         WHERE a.id = ANY (v_ids) AND a.status::text <> p_status ORDER BY a.id
    LOOP
        SELECT * INTO v_stored
          FROM public.dicedesk_achievement_store(
                   v_actor, v_row.id,
                   public.dicedesk_achievement_definition(v_row.id) || jsonb_build_object('status', p_status),
                   btrim(p_change_reason));
        PERFORM public.dicedesk_achievement_audit(v_row.tenant_id, v_actor, 'gamification.achievement.status_changed',
            jsonb_build_object('achievement_id', v_row.id, 'achievement_key', v_row.achievement_key,
                               'version', v_stored.o_version, 'changed_fields', jsonb_build_array('status'),
                               'status_from', v_row.status, 'status_to', p_status, 'reason', p_change_reason));
        v_changed := v_changed || jsonb_build_array(jsonb_build_object('id', v_row.id, 'version', v_stored.o_version));
    END LOOP;
    RETURN jsonb_build_object('status', p_status, 'changed', v_changed,
                              'unchanged', to_jsonb(coalesce(v_unchanged, '{}'::uuid[])));
END
$$;

-- How many people hold an achievement: all of them for a system admin, otherwise those who
-- are active members of a tenant where the caller is staff (owner, admin, editor).
CREATE FUNCTION public.dicedesk_achievement_holder_count_v1(p_achievement_id uuid)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_achievement record;
    v_tenants uuid[];
BEGIN
    SELECT a.tenant_id, a.status INTO v_achievement FROM public.achievements a WHERE a.id = p_achievement_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'achievement % not found', p_achievement_id USING ERRCODE = 'P0002';
    END IF;
    IF public.dicedesk_user_is_system_admin(v_actor) THEN
        RETURN (SELECT count(*) FROM public.user_achievements ua WHERE ua.achievement_id = p_achievement_id);
    END IF;
    SELECT array_agg(m.tenant_id) INTO v_tenants FROM public.user_tenant_memberships m
     WHERE m.user_id = v_actor AND m.status = 'active' AND m.role IN ('owner', 'admin', 'editor');
    IF v_tenants IS NULL OR (v_achievement.tenant_id IS NULL AND v_achievement.status = 'draft')
       OR v_achievement.tenant_id <> ALL (v_tenants) THEN
        RAISE EXCEPTION 'only staff of the achievement''s tenant or a system admin may count its holders'
            USING ERRCODE = '42501';
    END IF;
    RETURN (SELECT count(*) FROM public.user_achievements ua
             WHERE ua.achievement_id = p_achievement_id
               AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                            WHERE m.user_id = ua.user_id AND m.status = 'active' AND m.tenant_id = ANY (v_tenants)));
END
$$;

-- Awards -------------------------------------------------------------------------------------
-- Records an achievement award in p_tenant_id once the caller's role and the achievement's
-- tenancy are checked. A replay of the key returns status 'duplicate' and writes nothing
-- (nothing is unlocked by it, so every recipient is a duplicate); recipients and the
-- achievement's status are checked only for a new award.
CREATE FUNCTION public.dicedesk_award_achievement(
    p_actor uuid, p_tenant_id uuid, p_achievement public.achievements, p_user_ids uuid[], p_message text,
    p_idempotency_key text, p_source text, p_allow_draft boolean)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_message text;
    v_key text;
    v_ids uuid[];
    v_hash text;
    v_existing public.gamification_admin_awards;
    v_award uuid;
    v_new uuid[];
    v_dupes uuid[];
BEGIN
    PERFORM public.dicedesk_check_message(p_message, false);
    IF p_idempotency_key IS NOT NULL THEN
        PERFORM public.dicedesk_check_key(p_idempotency_key);
    END IF;
    IF cardinality(p_user_ids) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 recipients per award (got %)', cardinality(p_user_ids) USING ERRCODE = '54000';
    END IF;
    SELECT array_agg(DISTINCT u ORDER BY u) INTO v_ids FROM unnest(p_user_ids) AS u WHERE u IS NOT NULL;
    IF v_ids IS NULL THEN
        RAISE EXCEPTION 'p_user_ids must contain at least one user' USING ERRCODE = '22023';
    END IF;
    v_message := CASE WHEN public.dicedesk_is_blank(p_message) THEN 'Achievement awarded' ELSE btrim(p_message) END;
    v_key := coalesce(p_idempotency_key, 'achievement-award:' || gen_random_uuid());
    v_hash := public.dicedesk_award_hash('achievement', 1, p_achievement.id, v_message, v_ids);
    PERFORM public.dicedesk_lock_award_key(p_tenant_id, v_key, false);

    SELECT * INTO v_existing FROM public.gamification_admin_awards a
     WHERE a.tenant_id = p_tenant_id AND a.idempotency_key = v_key;
    IF FOUND THEN
        IF v_existing.request_hash IS DISTINCT FROM v_hash THEN
            RAISE EXCEPTION 'idempotency key % was already used for a different award', v_key USING ERRCODE = 'DD409';
        END IF;
        SELECT array_agg(r.user_id ORDER BY r.user_id) INTO v_dupes
          FROM public.gamification_admin_award_recipients r WHERE r.award_id = v_existing.id;
        RETURN jsonb_build_object(
            'status', 'duplicate', 'award_id', v_existing.id, 'achievement_id', p_achievement.id,
            'achievement_name', p_achievement.name, 'total_targeted', cardinality(v_dupes),
            'inserted_count', 0, 'duplicate_count', cardinality(v_dupes),
            'awarded_user_ids', '[]'::jsonb, 'duplicate_user_ids', to_jsonb(v_dupes),
            'message', v_existing.message, 'idempotency_key', v_key);
    END IF;

    IF p_achievement.status = 'archived' THEN
        RAISE EXCEPTION 'cannot award an archived achievement' USING ERRCODE = '22023';
    END IF;
    IF p_achievement.status = 'draft' AND NOT p_allow_draft THEN
        RAISE EXCEPTION 'cannot award a draft achievement; activate it first' USING ERRCODE = '22023';
    END IF;
    v_ids := public.dicedesk_checked_recipients(p_tenant_id, v_ids);

    INSERT INTO public.gamification_admin_awards
        (tenant_id, actor_user_id, award_type, amount, achievement_id, message, idempotency_key,
         request_hash, recipient_count, source)
    VALUES (p_tenant_id, p_actor, 'achievement', 1, p_achievement.id, v_message, v_key, v_hash,
            cardinality(v_ids), p_source)
    RETURNING id INTO v_award;
    WITH unlocked AS (
        INSERT INTO public.user_achievements (achievement_id, user_id, tenant_id, source)
        SELECT p_achievement.id, u, p_tenant_id, p_source FROM unnest(v_ids) AS u ORDER BY u
        ON CONFLICT ON CONSTRAINT user_achievements_once_per_user DO NOTHING
        RETURNING user_id
    )
    SELECT coalesce(array_agg(x.user_id ORDER BY x.user_id), '{}') INTO v_new FROM unlocked x;
    v_dupes := ARRAY(SELECT u FROM unnest(v_ids) AS u WHERE u <> ALL (v_new) ORDER BY u);
    INSERT INTO public.gamification_admin_award_recipients (award_id, tenant_id, user_id)
    SELECT v_award, p_tenant_id, u FROM unnest(v_ids) AS u;

    PERFORM public.dicedesk_audit(p_tenant_id, p_actor, 'gamification.admin_award.achievement',
        jsonb_build_object('award_id', v_award, 'achievement_id', p_achievement.id, 'source', p_source,
                           'recipient_count', cardinality(v_ids), 'inserted_count', cardinality(v_new),
                           'duplicate_count', cardinality(v_dupes), 'idempotency_key', v_key));
    RETURN jsonb_build_object(
        'status', 'success', 'award_id', v_award, 'achievement_id', p_achievement.id,
        'achievement_name', p_achievement.name, 'total_targeted', cardinality(v_ids),
        'inserted_count', cardinality(v_new), 'duplicate_count', cardinality(v_dupes),
        'awarded_user_ids', to_jsonb(v_new), 'duplicate_user_ids', to_jsonb(v_dupes),
        'message', v_message, 'idempotency_key', v_key);
END
$$;

-- Lekbanken's system-admin award. Drafts may be awarded, archived achievements not. A tenant
-- achievement is recorded in its tenant (p_tenant_id, if given, must match); a global one needs
-- p_tenant_id, the tenant the award is recorded in and whose active members receive it.
CREATE FUNCTION public.admin_award_achievement_v1(p_achievement_id uuid, p_user_ids uuid[],
                                                  p_message text DEFAULT NULL, p_tenant_id uuid DEFAULT NULL,
                                                  p_idempotency_key text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_achievement public.achievements;
    v_tenant uuid;
BEGIN
    IF NOT public.dicedesk_user_is_system_admin(v_actor) THEN
        RAISE EXCEPTION 'only a system admin may award achievements with admin_award_achievement_v1'
            USING ERRCODE = '42501', HINT = 'Tenant staff use tenant_award_achievement_v1.';
    END IF;
    IF p_achievement_id IS NULL THEN
        RAISE EXCEPTION 'p_achievement_id is required' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO v_achievement FROM public.achievements a WHERE a.id = p_achievement_id FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'achievement % not found', p_achievement_id USING ERRCODE = 'P0002';
    END IF;
    IF v_achievement.tenant_id IS NOT NULL THEN
        IF p_tenant_id IS NOT NULL AND p_tenant_id <> v_achievement.tenant_id THEN
            RAISE EXCEPTION 'tenant context mismatch: achievement % belongs to tenant %',
                            p_achievement_id, v_achievement.tenant_id USING ERRCODE = '22023';
        END IF;
        v_tenant := v_achievement.tenant_id;
    ELSE
        IF p_tenant_id IS NULL THEN
            RAISE EXCEPTION 'p_tenant_id is required to record the award of a global achievement'
                USING ERRCODE = '22023';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = p_tenant_id) THEN
            RAISE EXCEPTION 'unknown tenant %', p_tenant_id USING ERRCODE = 'P0002';
        END IF;
        v_tenant := p_tenant_id;
    END IF;
    RETURN public.dicedesk_award_achievement(v_actor, v_tenant, v_achievement, p_user_ids, p_message,
                                             p_idempotency_key, 'admin_award', true);
END
$$;

-- Lekbanken's tenant award: owners, admins and editors of the tenant (or a system admin); the
-- achievement is global or the tenant's own and active; recipients are active members.
CREATE FUNCTION public.tenant_award_achievement_v1(p_tenant_id uuid, p_achievement_id uuid, p_user_ids uuid[],
                                                   p_message text DEFAULT NULL, p_idempotency_key text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_achievement public.achievements;
BEGIN
    IF p_tenant_id IS NULL THEN
        RAISE EXCEPTION 'p_tenant_id is required' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = p_tenant_id) THEN
        RAISE EXCEPTION 'unknown tenant %', p_tenant_id USING ERRCODE = 'P0002';
    END IF;
    IF NOT public.dicedesk_user_has_tenant_role(v_actor, p_tenant_id,
                                                ARRAY['owner', 'admin', 'editor']::public.tenant_role_enum[]) THEN
        RAISE EXCEPTION 'only an owner, admin or editor of this tenant or a system admin may award its achievements'
            USING ERRCODE = '42501';
    END IF;
    IF p_achievement_id IS NULL THEN
        RAISE EXCEPTION 'p_achievement_id is required' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO v_achievement FROM public.achievements a WHERE a.id = p_achievement_id FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'achievement % not found', p_achievement_id USING ERRCODE = 'P0002';
    END IF;
    IF v_achievement.tenant_id IS NOT NULL AND v_achievement.tenant_id <> p_tenant_id THEN
        RAISE EXCEPTION 'achievement % does not belong to tenant %', p_achievement_id, p_tenant_id
            USING ERRCODE = '42501';
    END IF;
    RETURN public.dicedesk_award_achievement(v_actor, p_tenant_id, v_achievement, p_user_ids, p_message,
                                             p_idempotency_key, 'tenant_award', false);
END
$$;

-- AWARD_BUILDER_EXPORT_SCHEMA_V1 ---------------------------------------------------------------
-- Each achievement is exported with the V1 fields plus three optional ones that Lekbanken's
-- reader ignores (zod strips unknown keys) and that make the round trip lossless:
-- badge.icon_config, status and translations. An import without status creates drafts and
-- leaves existing statuses alone; without translations it leaves existing translations alone.

-- Problems of a JSON object's shape: required and allowed keys.
CREATE FUNCTION public.dicedesk_shape_problems(p_value jsonb, p_path text, p_required text[], p_optional text[])
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN p_value IS NULL OR p_value = 'null'::jsonb THEN public.dicedesk_problem(coalesce(p_path, '$'), '22023', 'is required')
        WHEN jsonb_typeof(p_value) <> 'object' THEN public.dicedesk_problem(coalesce(p_path, '$'), '22023', 'must be a JSON object')
        ELSE coalesce((SELECT jsonb_agg(x.problem ORDER BY x.ord, x.k)
                         FROM (SELECT 1 AS ord, r.k, public.dicedesk_problem(concat_ws('.', p_path, r.k), '22023', 'is required') -> 0 AS problem
                                 FROM unnest(p_required) AS r(k) WHERE NOT p_value ? r.k
                               UNION ALL
                               SELECT 2, o.k, public.dicedesk_problem(concat_ws('.', p_path, o.k), '22023', 'unknown field') -> 0
                                 FROM jsonb_object_keys(p_value) AS o(k)
                                WHERE o.k <> ALL (p_required || p_optional)) x), '[]'::jsonb)
    END
$$;

-- An ISO 8601 date-time with a zone ("2026-01-08T12:00:00.000Z"), or NULL if it is not one.
CREATE FUNCTION public.dicedesk_parse_timestamptz(p_text text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
BEGIN
    IF p_text !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$' THEN
        RETURN NULL;
    END IF;
    RETURN p_text::timestamptz;
EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
    RETURN NULL;
END
$$;

-- One stored definition as an export item.
CREATE FUNCTION public.dicedesk_achievement_export_item(p_def jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT jsonb_build_object(
        'achievement_key', p_def -> 'achievement_key', 'name', p_def -> 'name',
        'description', to_jsonb(coalesce(p_def ->> 'description', '')),
        'icon', jsonb_build_object('icon_media_id', p_def -> 'icon_media_id', 'icon_url_legacy', p_def -> 'icon_url'),
        'badge', jsonb_build_object('badge_color', p_def -> 'badge_color', 'icon_config', p_def -> 'icon_config'),
        'visibility', jsonb_build_object('is_easter_egg', p_def -> 'is_easter_egg', 'hint_text', p_def -> 'hint_text'),
        'unlock', jsonb_build_object('condition_type', p_def -> 'condition_type',
                                     'condition_value', p_def -> 'condition_value',
                                     'unlock_criteria', p_def -> 'unlock_criteria'),
        'status', p_def -> 'status', 'translations', p_def -> 'translations')
$$;

-- Exports a scope (p_scope_tenant_id NULL = global), or the listed achievements of it, ordered
-- by key. Whoever may change the scope's achievements may export them.
CREATE FUNCTION public.dicedesk_export_achievements_v1(p_scope_tenant_id uuid, p_achievement_ids uuid[] DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_scope uuid := coalesce(p_scope_tenant_id, '00000000-0000-0000-0000-000000000000'::uuid);
    v_bad uuid[];
    v_items jsonb;
BEGIN
    PERFORM public.dicedesk_require_achievement_designer(v_actor, p_scope_tenant_id);
    IF cardinality(p_achievement_ids) > 1000 THEN
        RAISE EXCEPTION 'at most 1000 achievements per export (got %)', cardinality(p_achievement_ids)
            USING ERRCODE = '54000';
    END IF;
    SELECT array_agg(i) INTO v_bad FROM unnest(p_achievement_ids) AS i
     WHERE NOT EXISTS (SELECT 1 FROM public.achievements a WHERE a.id = i AND a.scope_tenant_id = v_scope);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'not achievements of this scope: %', array_to_string(v_bad[1:5], ', ') USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(a.id) INTO v_bad FROM public.achievements a
     WHERE a.scope_tenant_id = v_scope AND (p_achievement_ids IS NULL OR a.id = ANY (p_achievement_ids))
       AND a.achievement_key IS NULL;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'achievements without an achievement_key cannot be exported: %', array_to_string(v_bad[1:5], ', ')
            USING ERRCODE = '22023', HINT = 'Give them a key with dicedesk_save_achievement_v1 first.';
    END IF;
    SELECT jsonb_agg(public.dicedesk_achievement_export_item(public.dicedesk_achievement_definition(a.id))
                     ORDER BY a.achievement_key)
      INTO v_items
      FROM public.achievements a
     WHERE a.scope_tenant_id = v_scope AND (p_achievement_ids IS NULL OR a.id = ANY (p_achievement_ids));
    IF v_items IS NULL THEN
        RAISE EXCEPTION 'there are no achievements to export' USING ERRCODE = 'P0002';
    END IF;
    RETURN jsonb_build_object(
        'schema_version', '1.0',
        'exported_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'exported_by', jsonb_build_object('user_id', v_actor, 'tool', 'dicedesk',
                                          'tool_version', public.dicedesk_schema_version()::text),
        'publish_scope', jsonb_build_object('type', CASE WHEN p_scope_tenant_id IS NULL THEN 'global' ELSE 'tenant' END,
                                            'tenant_id', p_scope_tenant_id),
        'achievements', v_items);
END
$$;

-- Validates an export strictly (every problem with its path) and, unless p_dry_run, applies
-- it all or nothing: achievements are matched by key within publish_scope, created, updated
-- (a version row each) or left unchanged. Nothing is written when the document is invalid, on
-- a dry run, or when nothing changes. Documents over 5 MB or 1000 achievements raise 54000.
CREATE FUNCTION public.dicedesk_import_achievements_v1(p_export jsonb, p_change_reason text,
                                                       p_dry_run boolean DEFAULT true)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_uuid constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
    v_zero constant uuid := '00000000-0000-0000-0000-000000000000';
    v_errors jsonb := '[]'::jsonb;
    v_version text := CASE WHEN jsonb_typeof(p_export -> 'schema_version') = 'string' THEN p_export ->> 'schema_version' END;
    v_by jsonb := p_export -> 'exported_by';
    v_ps jsonb := p_export -> 'publish_scope';
    v_scope_ok boolean := false;
    v_scope text;
    v_tenant uuid;
    v_item record;
    v_prefix text;
    v_key text;
    v_def jsonb;
    v_problems jsonb;
    v_existing_id uuid;
    v_existing jsonb;
    v_seen jsonb := '{}'::jsonb;
    v_plan jsonb := '[]'::jsonb;
    v_entry jsonb;
    v_export_id uuid;
BEGIN
    IF p_dry_run IS NULL THEN
        RAISE EXCEPTION 'p_dry_run must be true or false' USING ERRCODE = '22023';
    END IF;
    IF NOT p_dry_run AND (public.dicedesk_is_blank(p_change_reason)) THEN
        RAISE EXCEPTION 'p_change_reason is required to apply an import' USING ERRCODE = '22023';
    END IF;
    IF length(p_change_reason) > 1000 THEN
        RAISE EXCEPTION 'p_change_reason is % characters long; at most 1000 are allowed', length(p_change_reason)
            USING ERRCODE = '22001';
    END IF;
    IF pg_column_size(p_export) > 5242880 THEN
        RAISE EXCEPTION 'the export is larger than 5 MB' USING ERRCODE = '54000';
    END IF;
    IF jsonb_typeof(p_export -> 'achievements') = 'array' AND jsonb_array_length(p_export -> 'achievements') > 1000 THEN
        RAISE EXCEPTION 'at most 1000 achievements per import (got %)', jsonb_array_length(p_export -> 'achievements')
            USING ERRCODE = '54000';
    END IF;

    -- The version decides how the rest is read: anything but 1.x stops here.
    IF p_export IS NULL OR jsonb_typeof(p_export) <> 'object' THEN
        v_errors := public.dicedesk_problem('$', '22023', 'must be a JSON object');
    ELSIF v_version IS NULL THEN
        v_errors := public.dicedesk_problem('schema_version', '22023', 'is required: a string such as "1.0"');
    ELSIF v_version !~ '^[0-9]{1,9}\.[0-9]{1,9}$' THEN
        v_errors := public.dicedesk_problem('schema_version', '22023', 'must look like "1.0"');
    ELSIF split_part(v_version, '.', 1)::integer <> 1 THEN
        v_errors := public.dicedesk_problem('schema_version', '22023',
                        format('major version %s is not supported: this database reads 1.x', split_part(v_version, '.', 1)));
    END IF;
    IF jsonb_array_length(v_errors) > 0 THEN
        RETURN jsonb_build_object('valid', false, 'dry_run', p_dry_run, 'errors', v_errors,
                                  'created', '[]'::jsonb, 'updated', '[]'::jsonb, 'unchanged', '[]'::jsonb);
    END IF;

    v_errors := public.dicedesk_shape_problems(p_export, NULL,
                    ARRAY['schema_version', 'exported_at', 'exported_by', 'publish_scope', 'achievements'], '{}');
    IF p_export ? 'exported_at' AND public.dicedesk_parse_timestamptz(
            CASE WHEN jsonb_typeof(p_export -> 'exported_at') = 'string' THEN p_export ->> 'exported_at' END) IS NULL THEN
        v_errors := v_errors || public.dicedesk_problem('exported_at', '22023',
                                    'must be an ISO 8601 date-time with a time zone, e.g. 2026-01-08T12:00:00.000Z');
    END IF;
    IF p_export ? 'exported_by' THEN
        v_errors := v_errors || public.dicedesk_shape_problems(v_by, 'exported_by', ARRAY['user_id', 'tool'], ARRAY['tool_version']);
        IF jsonb_typeof(v_by) = 'object' THEN
            IF v_by ? 'user_id' AND (jsonb_typeof(v_by -> 'user_id') <> 'string' OR (v_by ->> 'user_id') !~ v_uuid) THEN
                v_errors := v_errors || public.dicedesk_problem('exported_by.user_id', '22023', 'must be a uuid');
            END IF;
            IF v_by ? 'tool' THEN
                v_errors := v_errors || public.dicedesk_text_problem(v_by -> 'tool', 'exported_by.tool', true, 200);
            END IF;
            IF v_by ? 'tool_version' THEN
                v_errors := v_errors || public.dicedesk_text_problem(v_by -> 'tool_version', 'exported_by.tool_version', true, 200);
            END IF;
        END IF;
    END IF;
    IF p_export ? 'publish_scope' THEN
        v_problems := public.dicedesk_shape_problems(v_ps, 'publish_scope', ARRAY['type', 'tenant_id'], '{}');
        IF jsonb_typeof(v_ps) = 'object' AND v_ps ? 'type' AND v_ps ? 'tenant_id' THEN
            IF jsonb_typeof(v_ps -> 'type') <> 'string' OR (v_ps ->> 'type') NOT IN ('global', 'tenant') THEN
                v_problems := v_problems || public.dicedesk_problem('publish_scope.type', '22023', 'must be global or tenant');
            ELSIF (v_ps ->> 'type') = 'global' AND (v_ps -> 'tenant_id') <> 'null'::jsonb THEN
                v_problems := v_problems || public.dicedesk_problem('publish_scope.tenant_id', '22023',
                                                                    'must be null for global scope');
            ELSIF (v_ps ->> 'type') = 'tenant' AND (v_ps -> 'tenant_id') = 'null'::jsonb THEN
                v_problems := v_problems || public.dicedesk_problem('publish_scope.tenant_id', '22023',
                                                                    'is required for tenant scope');
            ELSIF (v_ps ->> 'type') = 'tenant' AND (jsonb_typeof(v_ps -> 'tenant_id') <> 'string'
                                                   OR (v_ps ->> 'tenant_id') !~ v_uuid) THEN
                v_problems := v_problems || public.dicedesk_problem('publish_scope.tenant_id', '22023', 'must be a uuid');
            ELSIF (v_ps ->> 'type') = 'tenant'
                  AND NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = (v_ps ->> 'tenant_id')::uuid) THEN
                v_problems := v_problems || public.dicedesk_problem('publish_scope.tenant_id', 'P0002', 'unknown tenant');
            END IF;
        END IF;
        IF jsonb_array_length(v_problems) = 0 THEN
            v_scope_ok := true;
            v_scope := v_ps ->> 'type';
            v_tenant := (v_ps ->> 'tenant_id')::uuid;
            PERFORM public.dicedesk_require_achievement_designer(v_actor, v_tenant);
        END IF;
        v_errors := v_errors || v_problems;
    END IF;

    IF p_export ? 'achievements' AND (jsonb_typeof(p_export -> 'achievements') <> 'array'
                                      OR jsonb_array_length(p_export -> 'achievements') = 0) THEN
        v_errors := v_errors || public.dicedesk_problem('achievements', '22023', 'must be an array of 1 to 1000 achievements');
    ELSIF p_export ? 'achievements' THEN
        IF v_scope_ok AND NOT p_dry_run THEN
            PERFORM 1 FROM public.achievements a
             WHERE a.scope_tenant_id = coalesce(v_tenant, v_zero)
               AND a.achievement_key IN (SELECT e ->> 'achievement_key' FROM jsonb_array_elements(p_export -> 'achievements') AS e
                                          WHERE jsonb_typeof(e) = 'object')
             ORDER BY a.id FOR UPDATE;
        END IF;
        FOR v_item IN SELECT e.value AS item, e.n - 1 AS i
                        FROM jsonb_array_elements(p_export -> 'achievements') WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
            v_prefix := format('achievements[%s]', v_item.i);
            v_problems := public.dicedesk_shape_problems(v_item.item, v_prefix,
                              ARRAY['achievement_key', 'name', 'description', 'icon', 'badge', 'visibility', 'unlock'],
                              ARRAY['status', 'translations']);
            IF jsonb_typeof(v_item.item) = 'object' THEN
                IF v_item.item ? 'icon' THEN
                    v_problems := v_problems || public.dicedesk_shape_problems(v_item.item -> 'icon', v_prefix || '.icon',
                                                    ARRAY['icon_media_id', 'icon_url_legacy'], '{}');
                END IF;
                IF v_item.item ? 'badge' THEN
                    v_problems := v_problems || public.dicedesk_shape_problems(v_item.item -> 'badge', v_prefix || '.badge',
                                                    ARRAY['badge_color'], ARRAY['icon_config']);
                END IF;
                IF v_item.item ? 'visibility' THEN
                    v_problems := v_problems || public.dicedesk_shape_problems(v_item.item -> 'visibility', v_prefix || '.visibility',
                                                    ARRAY['is_easter_egg', 'hint_text'], '{}');
                END IF;
                IF v_item.item ? 'unlock' THEN
                    v_problems := v_problems || public.dicedesk_shape_problems(v_item.item -> 'unlock', v_prefix || '.unlock',
                                                    ARRAY['condition_type', 'condition_value', 'unlock_criteria'], '{}');
                END IF;
                IF v_item.item ? 'description' AND jsonb_typeof(v_item.item -> 'description') <> 'string' THEN
                    v_problems := v_problems || public.dicedesk_problem(v_prefix || '.description', '22023', 'must be a string');
                END IF;

                v_def := jsonb_build_object(
                    'achievement_key', v_item.item -> 'achievement_key', 'name', v_item.item -> 'name',
                    'description', v_item.item -> 'description',
                    'icon_url', v_item.item -> 'icon' -> 'icon_url_legacy',
                    'icon_media_id', v_item.item -> 'icon' -> 'icon_media_id',
                    'badge_color', v_item.item -> 'badge' -> 'badge_color',
                    'icon_config', v_item.item -> 'badge' -> 'icon_config',
                    'is_easter_egg', v_item.item -> 'visibility' -> 'is_easter_egg',
                    'hint_text', v_item.item -> 'visibility' -> 'hint_text',
                    'condition_type', v_item.item -> 'unlock' -> 'condition_type',
                    'condition_value', v_item.item -> 'unlock' -> 'condition_value',
                    'unlock_criteria', v_item.item -> 'unlock' -> 'unlock_criteria',
                    'scope', coalesce(v_scope, 'global'), 'tenant_id', v_tenant)
                    || CASE WHEN v_item.item ? 'status'
                            THEN jsonb_build_object('status', v_item.item -> 'status') ELSE '{}'::jsonb END
                    || CASE WHEN v_item.item ? 'translations'
                            THEN jsonb_build_object('translations', v_item.item -> 'translations') ELSE '{}'::jsonb END;
                v_key := CASE WHEN jsonb_typeof(v_item.item -> 'achievement_key') = 'string'
                              THEN v_item.item ->> 'achievement_key' END;
                v_existing_id := NULL;
                v_existing := NULL;
                IF v_scope_ok AND v_key IS NOT NULL THEN
                    SELECT a.id INTO v_existing_id FROM public.achievements a
                     WHERE a.scope_tenant_id = coalesce(v_tenant, v_zero) AND a.achievement_key = v_key;
                    v_existing := public.dicedesk_achievement_definition(v_existing_id);
                END IF;
                v_def := coalesce(v_existing, jsonb_build_object('status', 'draft', 'translations', '{}'::jsonb)) || v_def;
                v_problems := v_problems
                    || coalesce((SELECT jsonb_agg(p.e ORDER BY p.n)
                                   FROM jsonb_array_elements(public.dicedesk_achievement_problems(v_def, v_prefix, true))
                                        WITH ORDINALITY AS p(e, n)
                                  WHERE p.e ->> 'path' NOT LIKE '%.publish_scope.%'), '[]'::jsonb);
                IF v_key IS NOT NULL THEN
                    IF v_seen ? v_key THEN
                        v_problems := v_problems || public.dicedesk_problem(v_prefix || '.achievement_key', '22023',
                                          format('duplicates achievements[%s].achievement_key', v_seen ->> v_key));
                    ELSE
                        v_seen := v_seen || jsonb_build_object(v_key, v_item.i);
                    END IF;
                END IF;
                IF jsonb_array_length(v_problems) = 0 THEN
                    IF v_existing IS NULL AND v_def ->> 'status' = 'archived' THEN
                        v_problems := public.dicedesk_problem(v_prefix || '.status', '22023',
                                                              'a new achievement starts as draft or active');
                    ELSIF v_existing IS NOT NULL
                          AND NOT public.dicedesk_achievement_transition_ok(v_existing ->> 'status', v_def ->> 'status') THEN
                        v_problems := public.dicedesk_problem(v_prefix || '.status', '22023',
                                          format('cannot change from %s to %s', v_existing ->> 'status', v_def ->> 'status'));
                    ELSIF v_scope_ok THEN
                        v_def := public.dicedesk_achievement_normalize(v_def);
                        v_plan := v_plan || jsonb_build_array(jsonb_build_object(
                            'key', v_key, 'id', v_existing_id, 'def', v_def,
                            'action', CASE WHEN v_existing IS NULL THEN 'created'
                                           WHEN v_def = v_existing THEN 'unchanged' ELSE 'updated' END));
                    END IF;
                END IF;
            END IF;
            v_errors := v_errors || v_problems;
        END LOOP;
    END IF;

    -- One problem per path (the first), in the order found.
    SELECT coalesce(jsonb_agg(d.e ORDER BY d.n), '[]'::jsonb) INTO v_errors
      FROM (SELECT DISTINCT ON (x.e ->> 'path') x.e, x.n
              FROM jsonb_array_elements(v_errors) WITH ORDINALITY AS x(e, n)
             ORDER BY x.e ->> 'path', x.n) d;
    IF jsonb_array_length(v_errors) > 0 THEN
        RETURN jsonb_build_object('valid', false, 'dry_run', p_dry_run, 'errors', v_errors,
                                  'created', '[]'::jsonb, 'updated', '[]'::jsonb, 'unchanged', '[]'::jsonb);
    END IF;

    IF NOT p_dry_run AND (v_plan @> '[{"action": "created"}]' OR v_plan @> '[{"action": "updated"}]') THEN
        FOR v_entry IN SELECT e FROM jsonb_array_elements(v_plan) AS e WHERE e ->> 'action' <> 'unchanged' LOOP
            PERFORM public.dicedesk_achievement_store(v_actor, (v_entry ->> 'id')::uuid, v_entry -> 'def',
                                                      btrim(p_change_reason));
        END LOOP;
        INSERT INTO public.award_builder_exports
            (tenant_id, scope_type, schema_version, exported_at, exported_by_user_id, exported_by_tool, export,
             imported_by_user_id, change_reason)
        VALUES (v_tenant, v_scope, v_version, public.dicedesk_parse_timestamptz(p_export ->> 'exported_at'),
                (v_by ->> 'user_id')::uuid, v_by ->> 'tool', p_export, v_actor, btrim(p_change_reason))
        RETURNING id INTO v_export_id;
        PERFORM public.dicedesk_achievement_audit(v_tenant, v_actor, 'gamification.achievement.imported',
            jsonb_build_object(
                'export_id', v_export_id, 'schema_version', v_version, 'reason', p_change_reason,
                'created_count', (SELECT count(*) FROM jsonb_array_elements(v_plan) e WHERE e ->> 'action' = 'created'),
                'updated_count', (SELECT count(*) FROM jsonb_array_elements(v_plan) e WHERE e ->> 'action' = 'updated'),
                'unchanged_count', (SELECT count(*) FROM jsonb_array_elements(v_plan) e WHERE e ->> 'action' = 'unchanged'),
                'changed_keys', (SELECT jsonb_agg(x.k) FROM (SELECT e ->> 'key' AS k FROM jsonb_array_elements(v_plan) e
                                                             WHERE e ->> 'action' <> 'unchanged' LIMIT 100) x)));
    END IF;
    RETURN jsonb_build_object(
        'valid', true, 'dry_run', p_dry_run, 'errors', '[]'::jsonb, 'export_id', v_export_id,
        'created', coalesce((SELECT jsonb_agg(e -> 'key') FROM jsonb_array_elements(v_plan) e WHERE e ->> 'action' = 'created'), '[]'::jsonb),
        'updated', coalesce((SELECT jsonb_agg(e -> 'key') FROM jsonb_array_elements(v_plan) e WHERE e ->> 'action' = 'updated'), '[]'::jsonb),
        'unchanged', coalesce((SELECT jsonb_agg(e -> 'key') FROM jsonb_array_elements(v_plan) e WHERE e ->> 'action' = 'unchanged'), '[]'::jsonb));
END
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.verify_system_audit_chain() TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_save_achievement_v1(jsonb, text, integer) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_set_achievement_status_v1(uuid[], text, text) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_achievement_holder_count_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.admin_award_achievement_v1(uuid, uuid[], text, uuid, text) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.tenant_award_achievement_v1(uuid, uuid, uuid[], text, text) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_export_achievements_v1(uuid, uuid[]) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_import_achievements_v1(jsonb, text, boolean) TO authenticated, service_role;
