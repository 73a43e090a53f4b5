"""The core's own messages in English about its domain: reading, checking and locating
a framework, the cycle's imports, merges and migrations, report paths and verify."""

WORDS = {
    # framework/load.py: reading a framework
    "framework.load.no_folder":
        "{folder}: the folder of norms does not exist. Give a folder with {manifest} (e.g. "
        "norms/2017).",
    "framework.load.not_folder":
        "{folder}: this is not a folder. Give the folder with {manifest}.",
    "framework.load.no_manifest":
        "{folder}: no {manifest} found. A framework is a folder with {manifest} and one norm file "
        "per area.",
    "framework.load.no_norm_file":
        "norm file '{file}' of area '{area}' does not exist; create it or correct 'file'",
    "framework.load.problems": "{folder}: {count} error(s) in the framework",
    "framework.load.empty": "{path}: the file is empty",
    "framework.load.empty.fix": "the file is empty; fill it in or put the original file back",
    "framework.load.not_mapping": "{path}: not a set of fields",
    "framework.load.not_mapping.fix":
        "the file must start with fields (key: value), not with a list or text",
    "framework.load.duplicate_id":
        "id '{id}' occurs more than once in '{section}'; give each its own id",
    "framework.load.max_norms":
        "max_norms.{verdict} is {limit}, but the framework has only {total} norms; choose a "
        "number from 0 to {total}",
    "framework.load.wrong_area":
        "this file belongs to area '{area}' (see {manifest}), but says area: {said}; make them "
        "the same",
    "framework.load.norm_count":
        "area '{area}' has {count} norms, the manifest expects {expected}; add or remove norms, "
        "or change expected_norms",
    "framework.load.norm_twice":
        "norm id '{id}' already exists in {where}; every norm has its own id",
    "framework.load.unknown_value": "unknown value '{value}'{hint}; choose from {choices}",
    "framework.load.unknown_role": "unknown role '{role}'{hint}; choose from {choices}",
    "framework.load.unknown_question_role":
        "unknown role '{role}' in question {number}{hint}; choose from {choices}",
    "framework.load.level_not_counted":
        "levels names verdict '{verdict}'{hint}, which does not count on the scale; choose from "
        "{choices}",
    "framework.load.unknown_competency":
        "unknown competency '{competency}'{hint}; choose from {choices}",
    "framework.load.no_competencies":
        "norm {id} names no competencies; add 'competencies' with one or more competencies (C1 "
        "...)",
    "framework.load.area_without_competencies":
        "area '{area}' does not refer to competencies; remove 'competencies' or set "
        "links_competencies: true for the area",
    "framework.load.unused_competency":
        "competency {id} ({name}) does not occur in any norm; refer to it from a norm or remove it",
    "framework.load.numbering.write":
        "norm id '{id}' does not fit area '{area}': the ids there are {prefix} with a number "
        "({prefix}1, {prefix}2, ...); write '{fixed}'",
    "framework.load.numbering.number":
        "norm id '{id}' does not fit area '{area}': the ids there are {prefix} with a number "
        "({prefix}1, {prefix}2, ...); give the norm a number, e.g. '{next}' (if it belongs to "
        "another area, put it in that norm file)",
    "framework.load.did_you_mean": " (did you mean '{match}'?)",
    # framework/check.py, check_scale.py: notes and warnings of norms check
    "framework.check.folder_name":
        "note: the folder is called '{name}', but version is '{version}'; audits look for their "
        "framework in a folder named after the version: name the folder {version} or change "
        "version",
    "framework.check.older_broken": "framework {version} has errors of its own: {message}",
    "framework.check.older_missing":
        "framework {version} was not found (not next to this folder, not in the working folder or "
        "among the frameworks that come with the tool); put it next to this folder as {where}",
    "framework.check.lapsed":
        "note: {norm} names the {name}, which applied up to and including {until}. Audits after "
        "that date report this; change the text of the norm in a next version",
    "framework.check.lapsed_replaced":
        "note: {norm} names the {name}, which applied up to and including {until}; since {since} "
        "the {by} applies. Audits after that date report this; change the text of the norm in a "
        "next version",
    "framework.check.route_without_english":
        "note: route {route} has no English words; a report in English shows the Dutch ones. Add "
        "under the route: en: with name, title and explanation",
    "framework.check.verdict_without_english":
        "note: verdict {verdict} has no English words; a report in English shows the Dutch ones. "
        "Add under the verdict: en: with name (and short if you like)",
    "framework.check.levels_lacking":
        "note: {count} norms do not describe what marks '{name}' ({norms}); the walk and the "
        "booklet then show only the other verdicts. Add to those norms under levels: {verdict}: "
        "...",
    # framework/locate.py: where a framework is found
    "framework.locate.source.option": "folder given",
    "framework.locate.source.workspace": "working folder",
    "framework.locate.source.shipped": "shipped with the tool",
    "framework.locate.env_missing":
        "{variable} points to {named}, but that folder does not exist; change the variable or "
        "remove it",
    "framework.locate.env_not_folder":
        "{variable} points to {named}, but that is not a folder; let the variable point to a "
        "folder of frameworks or remove it",
    "framework.locate.none_shipped":
        "no framework found in {root}; give one with --norms DIR or {variable}",
    "framework.locate.used": "framework {version} from {path} ({source})",
    "framework.locate.used_pinned": "framework {version} from {path} (the audit's fingerprint)",
    "framework.locate.valid_span": "from {start} up to and including {end}",
    "framework.locate.valid_from": "from {start}",
    "framework.locate.none": "none",
    "framework.locate.none_on_date":
        "no framework applies to an audit that starts on {day} (known frameworks: {listed}); "
        "choose another date or give a framework with --norms DIR",
    "framework.locate.instead":
        "; for an audit that starts on {day} framework {version} applies ({path}): leave out "
        "--norms or choose that folder",
    "framework.locate.instead_none": "; no known framework applies on {day}",
    "framework.locate.not_on_date":
        "framework {version} in {path} applies {validity}, not on {day}{instead}",
    "framework.locate.pinned_found":
        " Found: version {version} in {path} with fingerprint {fingerprint}, so with different "
        "content.",
    "framework.locate.pinned_missing":
        "this audit belongs to framework version {version} with fingerprint {fingerprint}, and "
        "that framework was not found.{found} Put that framework back (e.g. from version control) "
        "and point to it with --norms DIR; the audit is never continued against another framework.",
    # framework/mapping.py: herkomst.yaml
    "framework.mapping.kind.same": "same",
    "framework.mapping.kind.reworded": "reworded",
    "framework.mapping.kind.merged": "merged",
    "framework.mapping.kind.split": "split",
    "framework.mapping.kind.new": "new",
    "framework.mapping.not_mapping": "{path}: not a set of fields",
    "framework.mapping.not_mapping.fix": "{name} starts with from_version and norms (key: value)",
    "framework.mapping.same_version":
        "from_version is {version}, the version of this framework itself; name the previous "
        "version",
    "framework.mapping.no_new_norm":
        "norm '{norm}' does not exist in framework {version}; correct the id or remove the line",
    "framework.mapping.no_old_norm":
        "norm '{norm}' does not exist in framework {version}; correct the id",
    "framework.mapping.from_twice": "'{norm}' appears twice under from; name each norm once",
    "framework.mapping.missing":
        "the norms {norms} of {version} are not in {name}; say for each norm where it comes from "
        "(kind: new if it is new)",
    "framework.mapping.lost":
        "the norms {norms} of {old} do not occur under any from; say with the norm(s) of {new} "
        "which norm they went into",
    "framework.mapping.kind_one":
        "{norm} has {kind} and so comes from exactly one norm; name one under from, or choose "
        "merged (from several norms) or new (without a predecessor)",
    "framework.mapping.kind_merged":
        "{norm} has {kind}: name under from the two or more norms that were merged, or choose "
        "reworded or same",
    "framework.mapping.kind_new":
        "{norm} has {kind} but names from; remove from, or choose the kind that fits (same, "
        "reworded, merged, split)",
    "framework.mapping.kind_split_one":
        "{norm} has {kind} and so comes from one norm that was divided over several norms; name "
        "one under from",
    "framework.mapping.kind_split_alone":
        "{norm} has {kind}, but {old} goes only to {norm}; name {old} also with the other norm(s) "
        "it was divided over, or choose reworded",
    "framework.mapping.kind_same_shared":
        "{norm} has {kind}, but {old} also goes to {others}; then the norm did not stay the same: "
        "choose reworded or split",
    # framework/model.py, scale_model.py: what a manifest or norm file may not say
    "framework.model.negative": "max_norms.{verdict} is {limit}; a number is 0 or more",
    "framework.model.verdict_twice":
        "verdict {verdicts} appears more than once on the scale; give each verdict once",
    "framework.model.none_counted":
        "no verdict on the scale counts (weight); give at least one verdict a weight",
    "framework.model.clashes":
        "these keys or words name two verdicts: {clashes}; give each verdict keys and aliases of "
        "its own",
    "framework.model.rules_unknown":
        "rules names verdict {verdicts}, which is not on the scale; choose from {choices}",
    "framework.model.route_twice":
        "route {routes} appears more than once under 'routes'; give each route once",
    "framework.model.certifying_routes":
        "rules.certifying_routes ({listed}) does not agree with the routes with outcome: "
        "certificaat ({routes}); change one of the two (or leave out certifying_routes)",
    "framework.model.none": "none",
    "framework.model.honest_status":
        "status is 'vastgesteld', but source.by says the text is not the management committee's "
        "(beheercommissie); set status to in_gebruik, or set source.by to beheercommissie if the "
        "committee adopted this text",
    "framework.model.dates_reversed":
        "valid_until ({until}) is before valid_from ({start}); swap them or correct a date",
    "framework.model.days_last":
        "the last line of audit_days has no up_to_fte (it applies to all larger organisations)",
    "framework.model.days_ascending": "audit_days: put the lines in ascending order of up_to_fte",
    "framework.model.replaced_without_end":
        "'{name}' has replaced_by but no valid_until; give the last day on which it applied",
    "framework.scale.walk_itself": "the walk itself",
    # cycle/import_sheet.py: reading a filled-in sheet
    "cycle.import_sheet.date_cell":
        "{path}: cell {ref} (column {header}) is a date; type the text as text (start with an "
        "apostrophe) or leave the cell empty",
    "cycle.import_sheet.empty":
        "{path}: the worksheet is empty; export it first with 'audit export'",
    "cycle.import_sheet.columns":
        "{path}: row 1 lacks the column(s) {columns}; use a sheet from 'kwaliteitslabel audit "
        "export'",
    "cycle.import_sheet.not_xlsx":
        "{path}: not a readable XLSX file ({error}); save it as an Excel workbook (.xlsx)",
    "cycle.import_sheet.formula":
        "{path}: cell {ref} holds a formula without a computed value; replace it with text, or "
        "open and save the file in your spreadsheet program",
    "cycle.import_sheet.kind": "{path}: read an .xlsx or .csv from 'kwaliteitslabel audit export'",
    "cycle.import_sheet.row": "row {row}",
    "cycle.import_sheet.row_mark": "row {row},",
    "cycle.import_sheet.where": "{name}: row {row}, cell {ref} ({label})",
    "cycle.import_sheet.other_audit":
        "{where}: this sheet belongs to another audit or another framework than {path} ({found}, "
        "expected {expected}); nothing has been read in",
    "cycle.import_sheet.empty_cell": "empty",
    "cycle.import_sheet.twice": "appears twice in the sheet",
    "cycle.import_sheet.no_norm": "'{text}' is not a norm of framework {version}",
    "cycle.import_sheet.changed":
        "{where}: {norm} was changed in {name} after the export; export again and make your "
        "change in the new sheet",
    "cycle.import_sheet.no_verdict": "'{score}' is not a verdict",
    "cycle.import_sheet.no_clearing": "a verdict cannot be cleared with a sheet",
    "cycle.import_sheet.choose": "{where}: {what}; choose from {choices}",
    # cycle/merge.py: merging two copies of an audit
    "cycle.merge.organisation": "the organisation differs ('{a}' and '{b}')",
    "cycle.merge.framework": "the framework differs ({a} and {b})",
    "cycle.merge.start": "the audit started on another day ({a} and {b})",
    "cycle.merge.route": "the route differs ({a} and {b})",
    "cycle.merge.not_copies":
        "{a} and {b} are not copies of one audit: {reasons}. Nothing has been merged.",
    "cycle.merge.output_is_input":
        "{output}: is one of the files being merged; choose a new name with -o (the input stays "
        "as it is)",
    "cycle.merge.output_exists": "{output}: already exists; choose a new name with -o",
    "cycle.merge.no_folder": "{output}: the folder {folder} does not exist; create it first",
    # cycle: migrate, partial re-audit, follow-up, compare
    "cycle.migrate.not_found":
        "framework {version} not found (not next to {near}, not in the working folder or among "
        "the frameworks that come with the tool); give the version or the folder with --to",
    "cycle.migrate.no_mapping":
        "framework {version} in {path} has no herkomst.yaml; without that link an audit cannot "
        "move to it",
    "cycle.migrate.other_source":
        "{mapping} links framework {version} to {source}, but {audit} belongs to {old}; first "
        "move the audit to {source}",
    "cycle.migrate.mapping_wrong":
        "{mapping}: the link is not right; check it with 'kwaliteitslabel norms check {path}'",
    "cycle.migrate.output_exists":
        "{output}: already exists; choose a new name for the moved audit (the old file stays as "
        "it is)",
    "cycle.migrate.no_folder": "{output}: the folder {folder} does not exist; create it first",
    "cycle.migrate.already": "{path} already belongs to framework {version}",
    "cycle.migrate.dates":
        "the audit started on {start}; framework {version} applies {validity}: check the dates",
    "cycle.migrate.roles":
        "participants with a role that framework {version} does not know: {roles}; choose in "
        "'participants' from {choices}",
    "cycle.partial.redo_none": "--redo: name the norms to be assessed again, e.g. --redo D5,O3",
    "cycle.partial.redo_all":
        "--redo: those are all the norms; start an ordinary audit instead (audit new without "
        "--partial-of)",
    "cycle.partial.not_finished":
        "--partial-of {path}: that audit is not finished (open: {norms}); a partial re-audit "
        "completes a finished audit",
    "cycle.partial.too_early":
        "--partial-of {path}: that audit ran until {last}; the re-audit starts after that (give "
        "--date)",
    "cycle.follow_up.newer":
        "{path} belongs to framework {old}, the new audit to {new}; a previous audit cannot "
        "belong to a newer framework",
    "cycle.compare.order":
        "{old} belongs to framework {old_version}, {new} to {new_version}; name the older audit "
        "first: audit compare {new} {old}",
    # report: paths, signatures and verify
    "report.paths.no_audits":
        "{path}: this folder holds no audit files (*.yaml); give a folder with audits or the "
        "files themselves",
    "report.paths.pdf_or_folder": "{path}: give a file name that ends in .pdf, or a folder",
    "report.paths.no_folder": "{path}: the folder {folder} does not exist; create it first",
    "report.paths.is_folder": "{path}: is a folder; give a file name that ends in .pdf",
    "report.paths.unreadable": "{path}: cannot be read ({reason})",
    "report.paths.not_pdf":
        "{path}: already exists and is not a PDF; it will not be overwritten. Choose another name "
        "with -o.",
    "report.paths.pdf_name": "{path}: give a file name that ends in .pdf",
    "report.paths.many_need_folder":
        "{path}: with more than one audit, -o is the folder the PDFs go into, not a file",
    "report.paths.make_folder":
        "{path}: the folder does not exist; create it first (mkdir {path})",
    "report.paths.is_audit": "{path}: that is the audit file itself",
    "report.pades.unknown_key":
        "--key: the key {ident} is not in the framework's keyring; the commission does not sign "
        "with this key",
    "report.pades.none": "the PDF file carries no signature of the commission",
    "report.pades.valid":
        "signed by the commission with the key {ident}; nothing changed after signing",
    "report.pades.changed":
        "the PDF file was changed after signing (something was added after the signature, for "
        "example an incremental update)",
    "report.pades.unknown_signer":
        "signed with a key ({ident}) that is not in the framework's keyring",
    "report.pades.bad": "the signature in the PDF file does not match its content",
    "report.verify.stream_missing": "{path}: {what} is missing or is not a file in the PDF.",
    "report.verify.stream_broken": "{path}: {what} is damaged (cannot be unpacked).",
    "report.verify.stream_coding":
        "{path}: {what} is encoded in a way kwaliteitslabel never writes.",
    "report.verify.stream_filters":
        "{path}: {what} is encoded in a way kwaliteitslabel never writes ({filters}).",
    "report.verify.stream_big":
        "{path}: {what} is larger than {size} KiB; no audit file is that large.",
    "report.verify.trailing_data": "there is something after the end of the PDF (%%EOF)",
    "report.verify.incremental_update":
        "a change was added after writing (an incremental update: a second revision of the PDF)",
    "report.verify.xmp": "the XMP metadata",
    "report.verify.no_seal":
        "{path}: this report carries no check data of kwaliteitslabel (in its XMP metadata); it "
        "was not made by kwaliteitslabel, was made with an older version, or was edited "
        "afterwards. Ask the auditors for a new report.",
    "report.verify.too_complex":
        "{path}: the PDF is too complicated to check ({error}); no report of kwaliteitslabel "
        "looks like this.",
    "report.verify.broken": "{path}: the PDF is damaged ({error}).",
    "report.verify.broken_give":
        "{path}: the PDF is damaged ({error}); give a report made by kwaliteitslabel.",
    "report.verify.changed_objects":
        "the content of the PDF was changed after writing (a page, an attachment or another part "
        "is no longer what kwaliteitslabel wrote)",
    "report.verify.no_attachment":
        "{path}: the report has no audit file attached; only a report made by kwaliteitslabel can "
        "be checked this way",
    "report.verify.attachments":
        "{path}: the report has more than one audit file attached; only a report made by "
        "kwaliteitslabel can be checked this way",
    "report.verify.attached_audit": "the attached audit file",
    "report.verify.more_lines": "... and {count} more lines",
}
