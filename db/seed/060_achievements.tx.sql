-- 060: achievement definitions in every state, their translations and version history.
--
-- 15 global achievements (11 active, two of them easter eggs; 2 archived; 2 drafts) and per
-- tenant 6 (odd tenants 7, with an easter egg) from templates: 4 active, 1 archived, 1 draft.
-- Easter eggs have no hint. Translations sv/en/no exist for most; a few are left out on purpose
-- (streak-7 has no 'no', the drafts lack some, team-player lacks 'en' in tenants 3 and 4) so the
-- console can show "missing translation". Each achievement has 1-3 achievement_versions rows:
-- v1 created (draft), v2 activated (or a draft edit), v3 archived or a threshold change.
-- Unlocks (user_achievements) are written in 090, after the awards.

SELECT pg_temp.dd_require('dd_sys');

CREATE TEMP TABLE dd_ach_def (
    gk int PRIMARY KEY, scope text, key text, status text, egg boolean,
    sv_name text, en_name text, no_name text, sv_desc text, en_desc text, no_desc text,
    sv_hint text, en_hint text, no_hint text,
    ctype text, cval int, cval0 int, criteria jsonb, color text, shape text, icon text,
    label text, p float8, c_day float8, a_day float8, tweak_day float8, x_day float8,
    dv2_day float8, locales text[], odd_only boolean DEFAULT false);

INSERT INTO dd_ach_def VALUES
(1, 'global', 'first-session', 'active', false,
 'Första leken', 'First game', 'Første lek',
 'Led din första lekstund med en grupp.', 'Lead your first game session with a group.',
 'Led din første lekestund med en gruppe.',
 'Starta och avsluta en lekstund.', 'Start and finish a game session.',
 'Start og fullfør en lekestund.',
 'session_count', 1, NULL, '{"type": "event", "params": {"event_type": "session_completed", "count": 1}}',
 '#4CAF50', 'circle', 'play', '1', 0.55, 0.20, 1.5, NULL, NULL, NULL, '{sv,en,no}'),
(2, 'global', 'session-10', 'active', false,
 'Lekledare i farten', 'Game leader on the move', 'Lekleder i farta',
 'Led tio lekstunder.', 'Lead ten game sessions.', 'Led ti lekestunder.',
 'Fortsätt leda lekstunder.', 'Keep leading sessions.', 'Fortsett å lede lekestunder.',
 'session_count', 10, NULL, '{"type": "milestone", "params": {"metric": "session_count", "threshold": 10}}',
 '#2196F3', 'shield', 'users', '10', 0.30, 0.25, 1.6, NULL, NULL, NULL, '{sv,en,no}'),
(3, 'global', 'session-50', 'active', false,
 'Lekproffs', 'Game pro', 'Lekeproff',
 'Led femtio lekstunder.', 'Lead fifty game sessions.', 'Led femti lekestunder.',
 'Femtio stunder gör en proffs.', 'Fifty sessions make a pro.', 'Femti stunder gjør en proff.',
 'session_count', 50, 40, '{"type": "milestone", "params": {"metric": "session_count", "threshold": 50}}',
 '#3F51B5', 'shield', 'trophy', '50', 0.07, 0.30, 1.7, 64.4, NULL, NULL, '{sv,en,no}'),
(4, 'global', 'first-plan', 'active', false,
 'Första planen', 'First plan', 'Første plan',
 'Skapa din första lekplan i planeraren.', 'Create your first plan in the planner.',
 'Lag din første lekeplan i planleggeren.',
 'Öppna planeraren.', 'Open the planner.', 'Åpne planleggeren.',
 'plan_created', 1, NULL, '{"type": "event", "params": {"event_type": "plan_created", "count": 1}}',
 '#FF9800', 'circle', 'clipboard', '1', 0.35, 0.35, 1.8, NULL, NULL, NULL, '{sv,en,no}'),
(5, 'global', 'plan-published', 'active', false,
 'Publicerad!', 'Published!', 'Publisert!',
 'Publicera en lekplan så att andra kan använda den.', 'Publish a plan so others can use it.',
 'Publiser en lekeplan så andre kan bruke den.',
 'Dela med dig av en plan.', 'Share a plan.', 'Del en plan.',
 'plan_published', 1, NULL, '{"type": "event", "params": {"event_type": "plan_published", "count": 1}}',
 '#FF5722', 'star', 'send', NULL, 0.20, 0.40, 1.9, NULL, NULL, NULL, '{sv,en,no}'),
(6, 'global', 'plan-master', 'active', false,
 'Planeringsmästare', 'Planning master', 'Planleggingsmester',
 'Publicera tio lekplaner.', 'Publish ten plans.', 'Publiser ti lekeplaner.',
 'Tio publicerade planer.', 'Ten published plans.', 'Ti publiserte planer.',
 'plan_published', 10, 5, '{"type": "milestone", "params": {"metric": "plans_published", "threshold": 10}}',
 '#E91E63', 'hexagon', 'crown', '10', 0.04, 0.45, 2.0, 101.3, NULL, NULL, '{sv,en,no}'),
(7, 'global', 'score-1000', 'active', false,
 'Poängjägare', 'Score hunter', 'Poengjeger',
 'Nå 1000 poäng i en och samma lekstund.', 'Reach 1,000 points in a single session.',
 'Nå 1000 poeng i én lekestund.',
 'Sikta högt!', 'Aim high!', 'Sikt høyt!',
 'score_milestone', 1000, NULL, '{"type": "milestone", "params": {"metric": "best_score", "threshold": 1000}}',
 '#9C27B0', 'star', 'target', '1000', 0.12, 0.50, 2.1, NULL, NULL, NULL, '{sv,en,no}'),
(8, 'global', 'streak-7', 'active', false,
 'En vecka i rad', 'Seven-day streak', NULL,
 'Logga in sju dagar i rad.', 'Log in seven days in a row.', NULL,
 'Kom tillbaka i morgon.', 'Come back tomorrow.', NULL,
 'login_streak', 7, NULL, '{"type": "milestone", "params": {"metric": "login_streak", "threshold": 7}}',
 '#00BCD4', 'circle', 'flame', '7', 0.15, 0.55, 2.2, NULL, NULL, NULL, '{sv,en}'),
(9, 'global', 'all-the-way', 'active', false,
 'Hela vägen', 'All the way', 'Hele veien',
 'Genomför en hel lekplan från start till mål.', 'Run a whole plan from start to finish.',
 'Gjennomfør en hel lekeplan fra start til mål.',
 'Kör en plan till slutet.', 'Run a plan to the end.', 'Kjør en plan til slutten.',
 'run_completed', 1, NULL, '{"type": "event", "params": {"event_type": "run_completed", "count": 1}}',
 '#8BC34A', 'shield', 'flag', NULL, 0.40, 0.60, 2.3, NULL, NULL, NULL, '{sv,en,no}'),
(10, 'global', 'night-owl', 'active', true,
 'Nattugglan', 'Night owl', 'Nattugla',
 'Avsluta en lekstund mellan midnatt och fyra på morgonen.',
 'Finish a session between midnight and 4 am.',
 'Avslutt en lekestund mellom midnatt og fire om morgenen.',
 NULL, NULL, NULL,
 'session_completed', 1, NULL,
 '{"type": "event", "params": {"event_type": "session_completed", "count": 1, "local_hour_from": 0, "local_hour_to": 4}}',
 '#263238', 'hexagon', 'moon', NULL, 0.03, 0.65, 2.4, NULL, NULL, NULL, '{sv,en,no}'),
(11, 'global', 'dice-roller', 'active', true,
 'Tärningskastaren', 'Dice roller', 'Terningkasteren',
 'Hittade den hemliga tärningen i DiceCoin-hubben.', 'Found the secret die in the DiceCoin hub.',
 'Fant den hemmelige terningen i DiceCoin-huben.',
 NULL, NULL, NULL,
 'manual', NULL, NULL, '{"type": "manual", "params": {}}',
 '#FFC107', 'circle', 'dice', '6', 0.02, 0.70, 2.5, NULL, NULL, NULL, '{sv,en,no}'),
(12, 'global', 'beta-tester', 'archived', false,
 'Betatestare', 'Beta tester', 'Betatester',
 'Var med och testade DiceCoin innan lanseringen.', 'Helped test DiceCoin before launch.',
 'Var med og testet DiceCoin før lansering.',
 'Endast under betan.', 'Beta only.', 'Kun under betaen.',
 'manual', NULL, NULL, '{"type": "manual", "params": {}}',
 '#607D8B', 'shield', 'flask', 'β', 0.05, 0.10, 0.9, NULL, 95.2, NULL, '{sv,en,no}'),
(13, 'global', 'advent-calendar', 'archived', false,
 'Julkalendern', 'Advent calendar', 'Julekalenderen',
 'Öppnade alla luckor i lekkalendern.', 'Opened every door of the games calendar.',
 'Åpnet alle lukene i lekekalenderen.',
 'Titta in varje dag i december.', 'Drop by every day in December.',
 'Stikk innom hver dag i desember.',
 'login_streak', 24, NULL, '{"type": "milestone", "params": {"metric": "login_streak", "threshold": 24}}',
 '#C62828', 'star', 'gift', '24', 0.06, 0.05, 0.8, NULL, 40.5, NULL, '{sv,en,no}'),
(14, 'global', 'summer-games-2026', 'draft', false,
 'Sommarlek 2026', 'Summer games 2026', NULL,
 'Delta i sommarens lekkampanj.', 'Take part in the summer games campaign.', NULL,
 'Håll utkik i juni!', 'Watch out in June!', NULL,
 'session_count', 5, NULL,
 '{"type": "event", "params": {"event_type": "session_completed", "count": 5, "campaign": "summer-2026"}}',
 '#FFEB3B', 'circle', 'sun', '5', 0, 160.3, NULL, NULL, NULL, 170.6, '{sv,en}'),
(15, 'global', 'perfect-round', 'draft', false,
 'Perfekt runda', NULL, NULL,
 'Få full pott i en poängsatt lek.', NULL, NULL,
 'Inga fel den här gången.', NULL, NULL,
 'perfect_score', 100, NULL, '{"type": "milestone", "params": {"metric": "perfect_score", "threshold": 100}}',
 '#795548', 'hexagon', 'sparkles', '100', 0, 172.4, NULL, NULL, NULL, NULL, '{sv}'),
-- Tenant templates; {T} is replaced by the tenant's name, a NULL colour by the tenant's colour.
(101, 'tenant', 'welcome', 'active', false,
 'Välkommen till {T}', 'Welcome to {T}', 'Velkommen til {T}',
 'Gick med i {T} och ledde sin första aktivitet.', 'Joined {T} and led a first activity.',
 'Ble med i {T} og ledet sin første aktivitet.',
 'Gå med och led en aktivitet.', 'Join and lead an activity.', 'Bli med og led en aktivitet.',
 'first_game', 1, NULL, '{"type": "event", "params": {"event_type": "session_completed", "count": 1}}',
 NULL, 'circle', 'home', NULL, 0.60, 0.6, 1.6, NULL, NULL, NULL, '{sv,en,no}'),
(102, 'tenant', 'camp-hero', 'active', false,
 'Lägerhjälte', 'Camp hero', 'Leirhelt',
 'Utsedd till lägrets hjälte av ledarna.', 'Named camp hero by the leaders.',
 'Kåret til leirens helt av lederne.',
 'Ledarna delar ut den här.', 'The leaders hand this out.', 'Lederne deler ut denne.',
 'manual', NULL, NULL, '{"type": "manual", "params": {}}',
 NULL, 'shield', 'tent', NULL, 0.04, 1.1, 2.2, NULL, NULL, NULL, '{sv,en,no}'),
(103, 'tenant', 'team-player', 'active', false,
 'Lagspelare', 'Team player', 'Lagspiller',
 'Led fem lekstunder tillsammans med andra ledare.', 'Co-lead five sessions with other leaders.',
 'Led fem lekestunder sammen med andre ledere.',
 'Samarbeta med andra ledare.', 'Team up with other leaders.', 'Samarbeid med andre ledere.',
 'session_count', 5, 3, '{"type": "milestone", "params": {"metric": "session_count", "threshold": 5}}',
 NULL, 'hexagon', 'handshake', '5', 0.25, 1.6, 2.7, 77.7, NULL, NULL, '{sv,en,no}'),
(104, 'tenant', 'creative-planner', 'active', false,
 'Kreativ planerare', 'Creative planner', 'Kreativ planlegger',
 'Skapa fem egna lekplaner.', 'Create five plans of your own.', 'Lag fem egne lekeplaner.',
 'Skapa egna planer.', 'Create your own plans.', 'Lag egne planer.',
 'plan_created', 5, NULL, '{"type": "milestone", "params": {"metric": "plans_created", "threshold": 5}}',
 NULL, 'star', 'pencil', '5', 0.10, 2.1, 3.2, NULL, NULL, NULL, '{sv,en,no}'),
(105, 'tenant', 'secret-handshake', 'active', true,
 'Hemliga handslaget', 'Secret handshake', 'Det hemmelige håndtrykket',
 'Kan organisationens hemliga handslag.', 'Knows the organisation''s secret handshake.',
 'Kan organisasjonens hemmelige håndtrykk.',
 NULL, NULL, NULL,
 'manual', NULL, NULL, '{"type": "manual", "params": {}}',
 NULL, 'circle', 'key', NULL, 0.02, 2.6, 3.7, NULL, NULL, NULL, '{sv,en,no}'),
(106, 'tenant', 'autumn-cup', 'archived', false,
 'Höstcupen', 'Autumn cup', 'Høstcupen',
 'Deltog i höstens lekcup.', 'Took part in the autumn games cup.', 'Deltok i høstens lekecup.',
 'Endast under höstcupen.', 'Autumn cup only.', 'Kun under høstcupen.',
 'games_played', 3, NULL, '{"type": "event", "params": {"event_type": "session_completed", "count": 3}}',
 NULL, 'shield', 'leaf', '3', 0.20, 0.9, 1.4, NULL, 60.0, NULL, '{sv,en,no}'),
(107, 'tenant', 'spring-challenge', 'draft', false,
 'Vårutmaningen', 'Spring challenge', NULL,
 'Genomför tre lekplaner under våren.', 'Run three plans during spring.', NULL,
 'Kommer snart.', 'Coming soon.', NULL,
 'run_completed', 3, NULL, '{"type": "milestone", "params": {"metric": "runs_completed", "threshold": 3}}',
 NULL, 'star', 'flower', '3', 0, 150.0, NULL, NULL, NULL, 158.0, '{sv,en}');
UPDATE dd_ach_def SET odd_only = true WHERE key = 'secret-handshake';

CREATE TEMP TABLE dd_ach AS
WITH scoped AS (
    SELECT d.*, NULL::int AS tidx, NULL::uuid AS tenant_id, NULL::text AS tname,
           0.0::float8 AS shift, d.color AS fill
      FROM dd_ach_def d
     WHERE d.scope = 'global'
     UNION ALL
    SELECT d.*, t.tidx, t.id, t.name, 0.35 * t.tidx + 3.0 * (t.tidx % 3),
           (ARRAY['#1E88E5', '#2E7D32', '#00838F', '#F9A825', '#6A1B9A', '#AD1457', '#EF6C00',
                  '#283593'])[t.tidx]
      FROM dd_ach_def d
     CROSS JOIN dd_tenant t
     WHERE d.scope = 'tenant' AND (NOT d.odd_only OR t.tidx % 2 = 1)
)
SELECT row_number() OVER (ORDER BY s.tidx NULLS FIRST, s.gk)::int AS aidx,
       pg_temp.dd_uuid('achievement', coalesce(s.tidx::text, 'global') || ':' || s.key) AS id,
       s.gk, s.tidx, s.tenant_id, s.key, s.status, s.egg,
       replace(s.sv_name, '{T}', coalesce(s.tname, '')) AS sv_name,
       replace(s.en_name, '{T}', coalesce(s.tname, '')) AS en_name,
       replace(s.no_name, '{T}', coalesce(s.tname, '')) AS no_name,
       replace(s.sv_desc, '{T}', coalesce(s.tname, '')) AS sv_desc,
       replace(s.en_desc, '{T}', coalesce(s.tname, '')) AS en_desc,
       replace(s.no_desc, '{T}', coalesce(s.tname, '')) AS no_desc,
       s.sv_hint, s.en_hint, s.no_hint, s.ctype, s.cval, coalesce(s.cval0, s.cval) AS cval0,
       s.criteria,
       CASE WHEN s.cval0 IS NOT NULL AND s.criteria -> 'params' ? 'threshold'
                THEN jsonb_set(s.criteria, '{params,threshold}', to_jsonb(s.cval0))
            ELSE s.criteria END AS criteria0,
       s.fill AS color,
       jsonb_strip_nulls(jsonb_build_object('shape', s.shape, 'fill', s.fill, 'icon', s.icon,
                                            'label', s.label)) AS icon_config,
       s.p,
       s.c_day + s.shift AS c_day,
       s.a_day + s.shift AS a_day,
       s.tweak_day + s.shift AS tweak_day,
       s.x_day + s.shift AS x_day,
       s.dv2_day + s.shift AS dv2_day,
       CASE WHEN s.key = 'team-player' AND s.tidx IN (3, 4) THEN array_remove(s.locales, 'en')
            ELSE s.locales END AS locales
  FROM scoped s;
ALTER TABLE dd_ach ADD PRIMARY KEY (aidx);

-- Authors: system admins for global achievements; demo_designer in tenant 1, the tenant's
-- admins elsewhere.
ALTER TABLE dd_ach ADD COLUMN author uuid, ADD COLUMN editor uuid;
UPDATE dd_ach a
   SET author = CASE WHEN a.tidx IS NULL
                         THEN (SELECT s.user_id FROM dd_sys s
                                WHERE s.k = 1 + (a.gk % (SELECT count(*) FROM dd_sys)))
                     WHEN a.tidx = 1 THEN 'd1ced35c-de00-4000-8000-000000000003'::uuid
                     ELSE (SELECT ad.user_id FROM dd_admin ad
                            WHERE ad.tidx = a.tidx
                              AND ad.k = 1 + (a.gk % (SELECT count(*) FROM dd_admin x
                                                       WHERE x.tidx = a.tidx)))
                END,
       editor = CASE WHEN a.tidx IS NULL THEN 'd1ced35c-de00-4000-8000-000000000001'::uuid
                     ELSE (SELECT ad.user_id FROM dd_admin ad WHERE ad.tidx = a.tidx AND ad.k = 1)
                END;

INSERT INTO public.achievements
    (id, achievement_key, name, description, icon_url, badge_color, icon_config, condition_type,
     condition_value, unlock_criteria, is_easter_egg, hint_text, tenant_id, scope, status,
     created_by, updated_by, created_at, updated_at)
SELECT a.id, a.key, a.sv_name, a.sv_desc, NULL, a.color, a.icon_config, a.ctype, a.cval,
       a.criteria, a.egg, CASE WHEN a.egg THEN NULL ELSE a.sv_hint END, a.tenant_id,
       CASE WHEN a.tidx IS NULL THEN 'global' ELSE 'tenant' END,
       a.status::public.achievement_status_enum, a.author,
       CASE WHEN a.x_day IS NOT NULL OR a.tweak_day IS NOT NULL THEN a.editor ELSE a.author END,
       pg_temp.dd_ts(a.c_day),
       pg_temp.dd_ts(greatest(a.c_day, coalesce(a.x_day, a.tweak_day, a.a_day, a.dv2_day, a.c_day)))
  FROM dd_ach a
 ORDER BY a.aidx;

INSERT INTO public.achievement_translations
    (id, achievement_id, locale, name, description, hint_text, criteria_text)
SELECT pg_temp.dd_uuid('achievement_translation', a.aidx || ':' || l.locale), a.id, l.locale,
       l.name, l.description, CASE WHEN a.egg THEN NULL ELSE l.hint END,
       CASE WHEN a.egg THEN NULL
            WHEN a.criteria ->> 'type' = 'manual' THEN
                CASE l.locale WHEN 'sv' THEN 'Delas ut manuellt av en administratör.'
                              WHEN 'en' THEN 'Awarded manually by an administrator.'
                              ELSE 'Deles ut manuelt av en administrator.' END
            WHEN a.criteria ->> 'type' = 'event' THEN
                format(CASE l.locale WHEN 'sv' THEN 'Händelse: %s (%s gånger)'
                                     WHEN 'en' THEN 'Event: %s (%s times)'
                                     ELSE 'Hendelse: %s (%s ganger)' END,
                       a.criteria -> 'params' ->> 'event_type', a.criteria -> 'params' ->> 'count')
            ELSE
                format(CASE l.locale WHEN 'sv' THEN 'Milstolpe: %s minst %s'
                                     WHEN 'en' THEN 'Milestone: %s at least %s'
                                     ELSE 'Milepæl: %s minst %s' END,
                       a.criteria -> 'params' ->> 'metric', a.criteria -> 'params' ->> 'threshold')
       END
  FROM dd_ach a
 CROSS JOIN LATERAL (VALUES ('sv', a.sv_name, a.sv_desc, a.sv_hint),
                            ('en', a.en_name, a.en_desc, a.en_hint),
                            ('no', a.no_name, a.no_desc, a.no_hint)) AS l(locale, name, description, hint)
 WHERE l.locale = ANY (a.locales) AND l.name IS NOT NULL
 ORDER BY a.aidx, l.locale;

-- Version history. The definition is the achievement as it was saved in that version.
INSERT INTO public.achievement_versions
    (id, achievement_id, version, definition, changed_by, change_reason, created_at)
SELECT pg_temp.dd_uuid('achievement_version', a.aidx || ':' || v.version), a.id, v.version,
       jsonb_build_object('achievement_key', a.key, 'name', a.sv_name, 'description', a.sv_desc,
                          'status', v.status, 'condition_type', a.ctype,
                          'condition_value', v.cval, 'unlock_criteria', v.criteria,
                          'is_easter_egg', a.egg,
                          'hint_text', CASE WHEN a.egg THEN NULL ELSE a.sv_hint END,
                          'badge_color', a.color, 'icon_config', a.icon_config,
                          'scope', CASE WHEN a.tidx IS NULL THEN 'global' ELSE 'tenant' END),
       v.changed_by, v.reason, pg_temp.dd_ts(v.day)
  FROM dd_ach a
 CROSS JOIN LATERAL (
        SELECT 1 AS version, 'draft' AS status, a.cval0 AS cval, a.criteria0 AS criteria,
               a.author AS changed_by, 'Skapad' AS reason, a.c_day AS day
         UNION ALL
        SELECT 2, 'active', a.cval0, a.criteria0, a.author, 'Aktiverad', a.a_day
         WHERE a.a_day IS NOT NULL
         UNION ALL
        SELECT 2, 'draft', a.cval0, a.criteria0, a.author,
               'Uppdaterade beskrivning och ikon', a.dv2_day
         WHERE a.a_day IS NULL AND a.dv2_day IS NOT NULL
         UNION ALL
        SELECT 3, 'archived', a.cval, a.criteria, a.editor,
               'Arkiverad: kampanjen är avslutad', a.x_day
         WHERE a.x_day IS NOT NULL
         UNION ALL
        SELECT 3, 'active', a.cval, a.criteria, a.editor,
               'Justerade tröskelvärdet efter feedback från lekledarna', a.tweak_day
         WHERE a.x_day IS NULL AND a.tweak_day IS NOT NULL) v
 ORDER BY a.aidx, v.version;

-- Badge presets for the badge designer: four shared ones (written by the first system admin)
-- and one of the first tenant, so "Start from a preset…" has something to offer.
INSERT INTO public.badge_presets (id, tenant_id, name, config, created_by, updated_by, created_at, updated_at)
SELECT pg_temp.dd_uuid('badge_preset', p.name), p.tenant_id, p.name, p.config::jsonb,
       s.user_id, s.user_id, pg_temp.dd_ts(30), pg_temp.dd_ts(30)
  FROM (SELECT user_id FROM dd_sys ORDER BY k LIMIT 1) s
 CROSS JOIN (VALUES
     (NULL::uuid, 'Guld',
      '{"format": 1, "shape": "star", "fill": "#FFC107", "gradient": {"to": "#FF8F00", "angle": 90}, "border": {"color": "#FFF8E1", "width": 5}, "icon": "trophy", "icon_color": "#FFFFFF"}'),
     (NULL, 'Silver',
      '{"format": 1, "shape": "shield", "fill": "#CFD8DC", "gradient": {"to": "#78909C", "angle": 90}, "border": {"color": "#FFFFFF", "width": 5}, "icon": "medal", "icon_color": "#FFFFFF"}'),
     (NULL, 'Milstolpe',
      '{"format": 1, "shape": "hexagon", "fill": "#3F51B5", "gradient": {"to": "#1A237E", "angle": 90}, "icon": "flag", "icon_color": "#FFFFFF", "label": "10", "label_color": "#FFFFFF"}'),
     (NULL, 'Hemlig',
      '{"format": 1, "shape": "circle", "fill": "#263238", "border": {"color": "#80CBC4", "width": 4}, "icon": "sparkles", "icon_color": "#80CBC4"}'),
     ((SELECT t.id FROM dd_tenant t ORDER BY t.tidx LIMIT 1), 'Lägerveckan',
      '{"format": 1, "shape": "ribbon", "fill": "#4CAF50", "gradient": {"to": "#1B5E20", "angle": 45}, "icon": "sun", "icon_color": "#FFFDE7", "label": "2026", "label_color": "#FFFFFF"}')
 ) AS p(tenant_id, name, config);
