-- 0021: what the achievement definitions pane and the award builder (badge designer) need.
--
-- 1. dicedesk_achievement_page_v1: keyset pages of definitions by name, key or last change, with
--    filters and a case-insensitive substring search over the key and the name in any locale.
--    It shows what the achievements_read policy would show (drafts only to the tenant's staff
--    and system admins) and walks one index range per scope (tenant or global) in the page's
--    order, merged and cut to the limit, so the first page over 50,000 definitions costs what
--    a page over 50 does. Per row: tenant name, missing locales (of sv, en, no), holders and the
--    latest version, looked up for the page's rows only.
-- 2. dicedesk_achievement_v1 (one definition with its version, names and times) and
--    dicedesk_achievement_versions_v1 (its history, newest first, with author names) for those
--    who may see the achievement; the history only for the staff who design achievements.
-- 3. badge_presets: saved badge designs (icon_config JSON) to start new badges from, global
--    (system admins) or per tenant (its owners, admins and editors), saved, replaced by name and
--    deleted through functions and audited like other achievement actions.
-- 4. dicedesk_capabilities() lists achievement_designer and badge_presets.

-- 1 ----------------------------------------------------------------------------------------
CREATE INDEX achievements_scope_name_idx ON public.achievements (scope_tenant_id, lower(name), id);
CREATE INDEX achievements_scope_key_idx
    ON public.achievements (scope_tenant_id, coalesce(achievement_key, ''), id);
CREATE INDEX achievements_scope_updated_idx ON public.achievements (scope_tenant_id, updated_at DESC, id DESC);

-- Who reads achievement definitions and what of them: NULL arrays for a system admin or the
-- platform's server (everything), otherwise the tenants of the caller's active memberships and
-- those where the caller is staff (owner, admin, editor).
CREATE FUNCTION public.dicedesk_achievement_reader(OUT o_all boolean, OUT o_member uuid[], OUT o_staff uuid[])
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_uid uuid := auth.uid();
BEGIN
    IF v_uid IS NULL THEN
        IF NOT public.dicedesk_is_platform_server() THEN
            RAISE EXCEPTION 'not authenticated' USING ERRCODE = '28000';
        END IF;
        o_all := true;
        RETURN;
    END IF;
    o_all := public.dicedesk_user_is_system_admin(v_uid);
    IF o_all THEN
        RETURN;
    END IF;
    SELECT coalesce(array_agg(m.tenant_id), '{}'),
           coalesce(array_agg(m.tenant_id) FILTER (WHERE m.role IN ('owner', 'admin', 'editor')), '{}')
      INTO o_member, o_staff
      FROM public.user_tenant_memberships m
     WHERE m.user_id = v_uid AND m.status = 'active';
END
$$;

-- Whether the reader sees an achievement: the achievements_read policy.
CREATE FUNCTION public.dicedesk_achievement_visible(p_all boolean, p_member uuid[], p_staff uuid[],
                                                    p_tenant_id uuid, p_status text)
RETURNS boolean
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p_all
        OR (p_status <> 'draft' AND (p_tenant_id IS NULL OR p_tenant_id = ANY (p_member)))
        OR coalesce(p_tenant_id = ANY (p_staff), false)
$$;

-- A page of definitions. p_tenant_ids: tenants whose own achievements are listed (those the
-- caller belongs to; others are ignored; NULL: all of those), p_include_global adds the global ones; p_scope
-- (global|tenant), p_status and p_condition_type filter exactly, p_search matches the key or a
-- name in any locale as a literal, case-insensitive substring. p_sort: name (A-Z), key (A-Z)
-- or updated (newest first); the cursor is the last row's sort_value and id. holder_count is
-- what dicedesk_achievement_holder_count_v1 would say, NULL where the caller may not count.
CREATE FUNCTION public.dicedesk_achievement_page_v1(
    p_tenant_ids uuid[], p_include_global boolean, p_scope text DEFAULT NULL, p_status text DEFAULT NULL,
    p_condition_type text DEFAULT NULL, p_search text DEFAULT NULL, p_sort text DEFAULT 'name',
    p_after_value text DEFAULT NULL, p_after_id uuid DEFAULT NULL, p_limit integer DEFAULT 100)
RETURNS TABLE (id uuid, achievement_key text, name text, scope text, tenant_id uuid, tenant_name text,
               status text, condition_type text, condition_value integer, unlock_type text,
               is_easter_egg boolean, badge_color text, icon_config jsonb, missing_locales text[],
               holder_count bigint, version integer, updated_at timestamptz, sort_value text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_zero constant uuid := '00000000-0000-0000-0000-000000000000';
    v_reader record;
    v_scopes uuid[];
    v_limit integer := least(greatest(coalesce(p_limit, 100), 1), 1000);
    v_scope text := nullif(btrim(coalesce(p_scope, '')), '');
    v_status text := nullif(btrim(coalesce(p_status, '')), '');
    v_type text := nullif(coalesce(p_condition_type, ''), '');
    v_search text := lower(btrim(coalesce(p_search, '')));
    v_sort text := coalesce(nullif(p_sort, ''), 'name');
    v_key text;
    v_order text;
    v_cmp text;
    v_value text;
    v_where text := '';
BEGIN
    SELECT * INTO v_reader FROM public.dicedesk_achievement_reader();
    IF v_sort NOT IN ('name', 'key', 'updated') THEN
        RAISE EXCEPTION 'p_sort must be name, key or updated' USING ERRCODE = '22023';
    END IF;
    IF v_scope IS NOT NULL AND v_scope NOT IN ('global', 'tenant') THEN
        RAISE EXCEPTION 'p_scope must be global, tenant or null' USING ERRCODE = '22023';
    END IF;
    IF v_status IS NOT NULL AND v_status NOT IN ('draft', 'active', 'archived') THEN
        RAISE EXCEPTION 'p_status must be draft, active, archived or null' USING ERRCODE = '22023';
    END IF;
    IF length(v_search) > 200 OR length(v_type) > 64 THEN
        RAISE EXCEPTION 'the search text is limited to 200 characters, the condition type to 64'
            USING ERRCODE = '22001';
    END IF;
    IF (p_after_id IS NULL) <> (p_after_value IS NULL) THEN
        RAISE EXCEPTION 'p_after_value and p_after_id go together' USING ERRCODE = '22023';
    END IF;
    IF p_after_id IS NOT NULL AND v_sort = 'updated' AND public.dicedesk_parse_timestamptz(p_after_value) IS NULL THEN
        RAISE EXCEPTION 'p_after_value must be the sort_value of the last row' USING ERRCODE = '22023';
    END IF;

    -- The scopes to walk: the listed tenants the caller may see into, and the global one.
    SELECT coalesce(array_agg(DISTINCT s), '{}') INTO v_scopes
      FROM unnest(coalesce(p_tenant_ids, CASE WHEN v_reader.o_all THEN ARRAY(SELECT t.id FROM public.tenants t)
                                              ELSE v_reader.o_member END)) AS s
     WHERE s IS NOT NULL AND coalesce(v_scope, 'tenant') = 'tenant'
       AND (v_reader.o_all OR s = ANY (v_reader.o_member));
    IF coalesce(p_include_global, false) AND coalesce(v_scope, 'global') = 'global' THEN
        v_scopes := v_scopes || v_zero;
    END IF;

    v_key := CASE v_sort WHEN 'name' THEN 'lower(a.name)'
                         WHEN 'key' THEN 'coalesce(a.achievement_key, '''')'
                         ELSE 'a.updated_at' END;
    v_order := CASE v_sort WHEN 'updated' THEN ' DESC' ELSE '' END;
    v_cmp := CASE v_sort WHEN 'updated' THEN '<' ELSE '>' END;
    v_value := CASE v_sort WHEN 'updated' THEN '$9::timestamptz' ELSE '$9' END;
    IF NOT v_reader.o_all THEN
        v_where := v_where || ' AND (a.status <> ''draft'' OR a.tenant_id = ANY ($2))';
    END IF;
    IF v_status IS NOT NULL THEN
        v_where := v_where || ' AND a.status = $4::public.achievement_status_enum';
    END IF;
    IF v_type IS NOT NULL THEN
        v_where := v_where || ' AND a.condition_type = $5';
    END IF;
    IF v_search <> '' THEN
        -- A literal substring: \, % and _ are escaped for LIKE.
        v_search := '%' || replace(replace(replace(v_search, '\', '\\'), '%', '\%'), '_', '\_') || '%';
        v_where := v_where || ' AND (lower(a.name) LIKE $6 OR coalesce(a.achievement_key, '''') LIKE $6'
                           || ' OR EXISTS (SELECT 1 FROM public.achievement_translations tr'
                           || ' WHERE tr.achievement_id = a.id AND lower(tr.name) LIKE $6))';
    END IF;
    IF p_after_id IS NOT NULL THEN
        v_where := v_where || format(' AND (%s, a.id) %s (%s, $10)', v_key, v_cmp, v_value);
    END IF;

    RETURN QUERY EXECUTE format($q$
        SELECT a.id, a.achievement_key, a.name, a.scope, a.tenant_id, t.name, a.status::text,
               a.condition_type, a.condition_value, a.unlock_criteria ->> 'type', a.is_easter_egg,
               a.badge_color, a.icon_config,
               ARRAY(SELECT l.locale FROM unnest(ARRAY['sv', 'en', 'no']) WITH ORDINALITY AS l (locale, n)
                      WHERE NOT EXISTS (SELECT 1 FROM public.achievement_translations tr
                                         WHERE tr.achievement_id = a.id AND tr.locale = l.locale)
                      ORDER BY l.n),
               CASE WHEN $3 THEN (SELECT count(*) FROM public.user_achievements ua WHERE ua.achievement_id = a.id)
                    WHEN cardinality($2) > 0 AND (a.tenant_id IS NULL OR a.tenant_id = ANY ($2)) THEN
                        (SELECT count(*) FROM public.user_achievements ua
                          WHERE ua.achievement_id = a.id
                            AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                                         WHERE m.user_id = ua.user_id AND m.status = 'active'
                                           AND m.tenant_id = ANY ($2))) END,
               coalesce((SELECT max(v.version) FROM public.achievement_versions v WHERE v.achievement_id = a.id), 0),
               a.updated_at,
               CASE WHEN %3$L = 'updated'
                    THEN to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                    ELSE a.sort_key::text END
          FROM unnest($1) AS s (scope_tenant_id)
         CROSS JOIN LATERAL (
               SELECT a.*, %1$s AS sort_key FROM public.achievements a
                WHERE a.scope_tenant_id = s.scope_tenant_id %4$s
                ORDER BY %1$s%2$s, a.id%2$s
                LIMIT $7) a
          LEFT JOIN public.tenants t ON t.id = a.tenant_id
         ORDER BY a.sort_key%2$s, a.id%2$s
         LIMIT $7 $q$, v_key, v_order, v_sort, v_where)
    USING v_scopes, coalesce(v_reader.o_staff, '{}'::uuid[]), v_reader.o_all, v_status, v_type, v_search,
          v_limit, NULL::text, p_after_value, p_after_id;
END
$$;

-- 2 ----------------------------------------------------------------------------------------
-- One definition: its latest version, tenant, times and last author. Achievements the caller
-- may not see are "not found".
CREATE FUNCTION public.dicedesk_achievement_v1(p_achievement_id uuid)
RETURNS TABLE (id uuid, version integer, definition jsonb, tenant_name text, created_at timestamptz,
               updated_at timestamptz, updated_by_name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_reader record;
    v_row public.achievements;
BEGIN
    SELECT * INTO v_reader FROM public.dicedesk_achievement_reader();
    SELECT * INTO v_row FROM public.achievements a WHERE a.id = p_achievement_id;
    IF NOT FOUND OR NOT public.dicedesk_achievement_visible(v_reader.o_all, v_reader.o_member, v_reader.o_staff,
                                                           v_row.tenant_id, v_row.status::text) THEN
        RAISE EXCEPTION 'achievement % not found', p_achievement_id USING ERRCODE = 'P0002';
    END IF;
    RETURN QUERY
    SELECT v_row.id,
           coalesce((SELECT max(v.version) FROM public.achievement_versions v WHERE v.achievement_id = v_row.id), 0),
           public.dicedesk_achievement_definition(v_row.id),
           (SELECT t.name FROM public.tenants t WHERE t.id = v_row.tenant_id),
           v_row.created_at, v_row.updated_at,
           (SELECT coalesce(nullif(u.full_name, ''), u.email) FROM public.users u WHERE u.id = v_row.updated_by);
END
$$;

-- The history of a definition, newest first, with the authors' names: for system admins and for
-- the staff of the achievement's tenant (of any tenant for a global one they may see).
CREATE FUNCTION public.dicedesk_achievement_versions_v1(p_achievement_id uuid)
RETURNS TABLE (version integer, definition jsonb, changed_by uuid, changed_by_name text, change_reason text,
               created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_reader record;
    v_row public.achievements;
BEGIN
    SELECT * INTO v_reader FROM public.dicedesk_achievement_reader();
    SELECT * INTO v_row FROM public.achievements a WHERE a.id = p_achievement_id;
    IF NOT FOUND OR NOT public.dicedesk_achievement_visible(v_reader.o_all, v_reader.o_member, v_reader.o_staff,
                                                           v_row.tenant_id, v_row.status::text) THEN
        RAISE EXCEPTION 'achievement % not found', p_achievement_id USING ERRCODE = 'P0002';
    END IF;
    IF NOT v_reader.o_all
       AND NOT (CASE WHEN v_row.tenant_id IS NULL THEN cardinality(v_reader.o_staff) > 0
                     ELSE v_row.tenant_id = ANY (v_reader.o_staff) END) THEN
        RAISE EXCEPTION 'only the staff of the achievement''s tenant or a system admin may read its history'
            USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    SELECT v.version, v.definition, v.changed_by, coalesce(nullif(u.full_name, ''), u.email), v.change_reason,
           v.created_at
      FROM public.achievement_versions v
      LEFT JOIN public.users u ON u.id = v.changed_by
     WHERE v.achievement_id = p_achievement_id
     ORDER BY v.version DESC;
END
$$;

-- 3 ----------------------------------------------------------------------------------------
CREATE TABLE public.badge_presets (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id        uuid REFERENCES public.tenants (id),
    scope_tenant_id  uuid GENERATED ALWAYS AS
                     (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)) STORED,
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 80 AND name = btrim(name)),
    config           jsonb NOT NULL CHECK (jsonb_typeof(config) = 'object' AND pg_column_size(config) <= 65536),
    created_by       uuid REFERENCES public.users (id),
    updated_by       uuid REFERENCES public.users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX badge_presets_scope_name_uidx ON public.badge_presets (scope_tenant_id, lower(name));
ALTER TABLE public.badge_presets ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.badge_presets FORCE ROW LEVEL SECURITY;
REVOKE ALL ON public.badge_presets FROM PUBLIC, anon;
-- Written only through the functions below.
GRANT SELECT ON public.badge_presets TO authenticated, service_role;
CREATE POLICY badge_presets_read ON public.badge_presets FOR SELECT TO authenticated
    USING (tenant_id IS NULL OR tenant_id = ANY ((SELECT public.get_user_tenant_ids())::uuid[]));

-- The global presets and, for its members (and system admins), those of p_tenant_id, by name.
CREATE FUNCTION public.dicedesk_badge_presets_v1(p_tenant_id uuid DEFAULT NULL)
RETURNS TABLE (id uuid, tenant_id uuid, name text, config jsonb, created_by uuid, created_by_name text,
               created_at timestamptz, updated_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_reader record;
BEGIN
    SELECT * INTO v_reader FROM public.dicedesk_achievement_reader();
    IF p_tenant_id IS NOT NULL AND NOT v_reader.o_all AND NOT p_tenant_id = ANY (v_reader.o_member) THEN
        RAISE EXCEPTION 'only members of this tenant may read its badge presets' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    SELECT p.id, p.tenant_id, p.name, p.config, p.created_by, coalesce(nullif(u.full_name, ''), u.email),
           p.created_at, p.updated_at
      FROM public.badge_presets p
      LEFT JOIN public.users u ON u.id = p.created_by
     WHERE p.tenant_id IS NULL OR p.tenant_id = p_tenant_id
     ORDER BY lower(p.name), p.tenant_id NULLS FIRST, p.id;
END
$$;

-- Saves a preset: p_id NULL creates it, or replaces the one with the same name (in any case) in
-- the same scope; p_id set renames and changes that one. Global presets are for system admins,
-- a tenant's for its owners, admins and editors (and system admins).
CREATE FUNCTION public.dicedesk_save_badge_preset_v1(p_tenant_id uuid, p_name text, p_config jsonb,
                                                     p_id uuid DEFAULT NULL)
RETURNS TABLE (id uuid, tenant_id uuid, name text, config jsonb, created_by uuid, created_by_name text,
               created_at timestamptz, updated_at timestamptz, replaced boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_name text := btrim(p_name);
    v_existing public.badge_presets;
    v_clash uuid;
    v_id uuid;
    v_replaced boolean := false;
BEGIN
    PERFORM public.dicedesk_require_achievement_designer(v_actor, p_tenant_id);
    IF public.dicedesk_is_blank(v_name) THEN
        RAISE EXCEPTION 'name: is required' USING ERRCODE = '22023';
    END IF;
    IF length(v_name) > 80 THEN
        RAISE EXCEPTION 'name: is % characters long; at most 80 are allowed', length(v_name) USING ERRCODE = '22001';
    END IF;
    IF p_config IS NULL OR jsonb_typeof(p_config) <> 'object' THEN
        RAISE EXCEPTION 'config: must be a JSON object' USING ERRCODE = '22023';
    END IF;
    IF pg_column_size(p_config) > 65536 THEN
        RAISE EXCEPTION 'config: is larger than 64 KB' USING ERRCODE = '54000';
    END IF;

    -- One writer per scope and name at a time, so two first saves of a name cannot both insert.
    PERFORM pg_advisory_xact_lock(hashtextextended('badge_preset:' || coalesce(p_tenant_id::text, 'global')
                                                   || ':' || lower(v_name), 0));
    SELECT p.id INTO v_clash FROM public.badge_presets p
     WHERE p.scope_tenant_id = coalesce(p_tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)
       AND lower(p.name) = lower(v_name);
    IF p_id IS NOT NULL THEN
        SELECT * INTO v_existing FROM public.badge_presets p WHERE p.id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'badge preset % not found', p_id USING ERRCODE = 'P0002';
        END IF;
        IF v_existing.tenant_id IS DISTINCT FROM p_tenant_id THEN
            RAISE EXCEPTION 'a badge preset cannot move to another scope; save a new one instead' USING ERRCODE = '22023';
        END IF;
        IF v_clash IS NOT NULL AND v_clash <> p_id THEN
            RAISE EXCEPTION 'name: another badge preset here is already called %', v_name USING ERRCODE = '23505';
        END IF;
        v_id := p_id;
        v_replaced := true;
    ELSE
        v_id := v_clash;
        v_replaced := v_clash IS NOT NULL;
    END IF;

    IF v_id IS NULL THEN
        INSERT INTO public.badge_presets (tenant_id, name, config, created_by, updated_by)
        VALUES (p_tenant_id, v_name, p_config, v_actor, v_actor)
        RETURNING public.badge_presets.id INTO v_id;
    ELSE
        UPDATE public.badge_presets p
           SET name = v_name, config = p_config, updated_by = v_actor, updated_at = now()
         WHERE p.id = v_id;
    END IF;
    PERFORM public.dicedesk_achievement_audit(p_tenant_id, v_actor, 'gamification.badge_preset.saved',
        jsonb_build_object('preset_id', v_id, 'name', v_name, 'replaced', v_replaced));
    RETURN QUERY
    SELECT p.id, p.tenant_id, p.name, p.config, p.created_by, coalesce(nullif(u.full_name, ''), u.email),
           p.created_at, p.updated_at, v_replaced
      FROM public.badge_presets p
      LEFT JOIN public.users u ON u.id = p.created_by
     WHERE p.id = v_id;
END
$$;

-- Deletes a preset (same rules as saving it). True when it was deleted.
CREATE FUNCTION public.dicedesk_delete_badge_preset_v1(p_id uuid)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_preset public.badge_presets;
BEGIN
    SELECT * INTO v_preset FROM public.badge_presets p WHERE p.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'badge preset % not found', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM public.dicedesk_require_achievement_designer(v_actor, v_preset.tenant_id);
    DELETE FROM public.badge_presets p WHERE p.id = p_id;
    PERFORM public.dicedesk_achievement_audit(v_preset.tenant_id, v_actor, 'gamification.badge_preset.deleted',
        jsonb_build_object('preset_id', p_id, 'name', v_preset.name));
    RETURN true;
END
$$;

-- 4 ----------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.dicedesk_capabilities()
RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object(
        'schema', 'dicedesk',
        'version', public.dicedesk_schema_version(),
        'features', coalesce((SELECT jsonb_agg(f.feature ORDER BY f.ord)
                                FROM (VALUES
                                      (1, 'personal_logins', NULL, 'public.dicedesk_login_users'),
                                      (2, 'audit_chain', 'public.verify_tenant_audit_chain(uuid)', NULL),
                                      (3, 'system_audit_log', 'public.verify_system_audit_chain()', NULL),
                                      (4, 'reversals', 'public.reverse_coin_transaction_v1(uuid,text,text,uuid)', NULL),
                                      (5, 'award_reversals', 'public.reverse_admin_award_v1(uuid,text,text,uuid)', NULL),
                                      (6, 'award_entry', 'public.dicedesk_award_v1(uuid,uuid[],text,integer,text,text,uuid)', NULL),
                                      (7, 'award_requests_cancel', 'public.dicedesk_cancel_award_request_v1(uuid,text,uuid)', NULL),
                                      (8, 'award_requests_expiry', 'public.expire_award_requests_v1()', NULL),
                                      (9, 'award_settings', 'public.dicedesk_set_award_settings_v1(uuid,integer,integer)', NULL),
                                      (10, 'achievement_versions', 'public.dicedesk_save_achievement_v1(jsonb,text,integer)', NULL),
                                      (11, 'achievement_bulk_status', 'public.dicedesk_set_achievement_status_v1(uuid[],text,text)', NULL),
                                      (12, 'achievement_holder_count', 'public.dicedesk_achievement_holder_count_v1(uuid)', NULL),
                                      (13, 'award_builder_export', 'public.dicedesk_export_achievements_v1(uuid,uuid[])', NULL),
                                      (14, 'award_builder_import', 'public.dicedesk_import_achievements_v1(jsonb,text,boolean)', NULL),
                                      (15, 'event_ingestion', 'public.ingest_gamification_event_v1(uuid,uuid,text,text,text,jsonb,timestamptz,text,text,text,text,text,numeric,text)', NULL),
                                      (16, 'event_ingestion_batch', 'public.ingest_gamification_events_v1(jsonb)', NULL),
                                      (17, 'daily_summaries', 'public.refresh_gamification_daily_summaries_v1(uuid,integer)', NULL),
                                      (18, 'analytics_v5', 'public.admin_get_gamification_analytics_v5(uuid,integer)', NULL),
                                      (19, 'achievement_designer', 'public.dicedesk_achievement_page_v1(uuid[],boolean,text,text,text,text,text,text,uuid,integer)', NULL),
                                      (20, 'badge_presets', 'public.dicedesk_save_badge_preset_v1(uuid,text,jsonb,uuid)', 'public.badge_presets'))
                                     AS f (ord, feature, routine, relation)
                               WHERE (f.routine IS NULL OR to_regprocedure(f.routine) IS NOT NULL)
                                 AND (f.relation IS NULL OR to_regclass(f.relation) IS NOT NULL)), '[]'::jsonb))
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.dicedesk_capabilities() TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_achievement_page_v1(uuid[], boolean, text, text, text, text, text, text, uuid, integer)
    TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_achievement_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_achievement_versions_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_badge_presets_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_save_badge_preset_v1(uuid, text, jsonb, uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_delete_badge_preset_v1(uuid) TO authenticated, service_role;
