"""What the other commands say, in English: norms, register, report, certificate, verify, keys."""

WORDS = {
    # norms check / list / show / schema / diff
    "cli.norms.check.framework_in": "Framework in {path} ({source})",
    "cli.norms.check.errors": "{path}: errors",
    "cli.norms.check.ok": "Framework {version} is in order: {title} ({status})",
    "cli.norms.check.folder": "  folder:        {path} ({source})",
    "cli.norms.check.valid": "  valid:         {validity}",
    "cli.norms.check.norms": "  norms:         {count} ({split})",
    "cli.norms.check.core": "  core norms:    {count}",
    "cli.norms.check.origin": "  origin:        from {version} ({path}): {kinds}",
    "cli.norms.check.fingerprint": "  fingerprint:   sha256:{fingerprint}",
    "cli.norms.unknown_area": "unknown area '{area}'",
    "cli.norms.list.choose_from": " Choose from {choices}",
    "cli.norms.list.title": "Framework {version}",
    "cli.norms.list.area": "area",
    "cli.norms.list.norm_title": "title",
    "cli.norms.list.core": "core",
    "cli.norms.list.competencies": "competencies",
    "cli.norms.show.unknown": "norm '{norm}' does not exist in framework {version}; see: "
                              "{command}",
    "cli.norms.schema.written": "Schemas of framework {version} in {folder}",
    "cli.norms.schema.up_to_date": " (already up to date)",
    "cli.norms.schema.updated": "  updated: {path}",
    "cli.norms.schema.unknown_area": "unknown area '{area}'; choose from {choices}",
    "cli.norms.diff.between": "Differences between framework {old_version} ({old}) and "
                              "{new_version} ({new})",
    "cli.norms.diff.none": "No differences in content.",
    # norms report
    "cli.norms_report.making": "Making the booklet of framework {version} ...",
    "cli.norms_report.since": ", with the changes since {since}",
    "cli.norms_report.made": "{output} ({pages} pages, framework {version}{since})",
    # norms diff, shown in the terminal
    "cli.diff_view.mapping": "Linked through {mapping}",
    "cli.diff_view.merged": " {title}: merged from {sources}",
    "cli.diff_view.split": " {title}: split into {targets}",
    "cli.diff_view.added": " new: {title}",
    "cli.diff_view.removed": " dropped: {title}",
    "cli.diff_view.changed": "changed",
    "cli.diff_view.was": ", formerly {norm}",
    "cli.diff_view.unchanged": "Unchanged: {norms}",
    "cli.diff_view.empty": "(empty)",
    # register
    "cli.register.not_a_date": "'{value}' is not a date; write YYYY-MM-DD",
    "cli.register.not_a_folder": "{folder}: not a folder; give the folder with the audit "
                                 "files",
    "cli.register.page_written": "Web page written: {path}",
    "cli.register.title": "Kwaliteitsregister on {date}",
    "cli.register.organisation": "organisation",
    "cli.register.outcome": "outcome and decision",
    "cli.register.valid_until": "valid until",
    "cli.register.unreadable": "file unreadable (see below)",
    "cli.register.framework": "framework {version} · {start}",
    "cli.register.advice": "advice: {advice}",
    "cli.register.partial_of": "re-audit of {file} ({redo})",
    "cli.register.condition_met": "condition met",
    "cli.register.completed_by": "completed by {file}: {state}",
    "cli.register.sanction": "{status} on {date}",
    "cli.register.expiring": "Expiring within {months} months: {count} (at the top).",
    # register stats
    "cli.register_views.none": "No readable audits found.",
    "cli.register_views.framework": "[bold]Framework {version}[/bold]: {audits} audits "
                                    "({routes})",
    "cli.register_views.norm_title": "title",
    "cli.register_views.or": " or ",
    "cli.register_views.not_met": "not met",
    "cli.register_views.points": "points",
    "cli.register_views.legend":
        "Per norm: how often each verdict was given (open: no verdict yet), the share of "
        "'{not_met}' among the verdicts given, and the number of improvement points.",
    "cli.register_views.failing": "Most often not (or partly) met",
    "cli.register_views.failing_norm": "  {norm} {title}: {counts} of {scored}{names}",
    "cli.register_views.nothing": "  none",
    "cli.register_views.most_often": "Most often {verdicts}",
    "cli.register_views.with_reason": "with a reason",
    "cli.register_views.times": "  {norm} {title}: {count} times{names}",
    "cli.register_views.points_per_norm": "Improvement points per norm",
    "cli.register_views.points_in": "  {norm} {title}: {points} points in {audits} audits",
    "cli.register_views.routes": "Differences between routes",
    "cli.register_views.routes_how": " (share {best}, difference ≥ {gap} percentage points)",
    "cli.register_views.routes_none": "  none (or too few audits per route to compare)",
    # report
    "cli.report.outcome.concept": "DRAFT",
    "cli.report.outcome.zelfevaluatie": "self-evaluation",
    "cli.report.outcome.geregistreerd": "registered",
    "cli.report.outcome.advies_positief": "positive advice, decision follows",
    "cli.report.outcome.advies_negatief": "certification not achieved",
    "cli.report.outcome.gecertificeerd": "certified",
    "cli.report.outcome.afgewezen": "certificate not granted",
    "cli.report.outcome.leerrapport": "learning report",
    "cli.report.outcome.niet_geregistreerd": "not registered",
    "cli.report.outcome.verlopen": "certificate lapsed",
    "cli.report.summary": "({pages} pages, {outcome})",
    "cli.report.sign_one": "signing works one report at a time: give one audit file",
    "cli.report.keep_final":
        "{output}: is a final report, and {source} is not ready now: the new report would "
        "be a DRAFT. The final report stays as it is. See {command}; choose another name "
        "with -o, or replace it anyway with --force.",
    "cli.report.making": "Making the report of {source} ...",
    "cli.report.concept":
        "Note: {source} is not ready yet; the report is a DRAFT. Not yet in order: "
        "{missing}. See {command}.",
    "cli.report.reports": "Reports",
    "cli.report.made": "{made} of {total} reports made in {folder}.",
    "cli.report.failed": "Failed: {source}",
    # certificate
    "cli.certificate.making": "Making the certificate of {file} ...",
    "cli.certificate.certificate": "certificate",
    "cli.certificate.valid_until": "valid until",
    "cli.certificate.signed": "signed by the commission",
    # verify
    "cli.verify.not_a_signature":
        "Note: this is a consistency check, not a signature. Anyone who can change the "
        "report can replace the attachment and the printed SHA-256 together; so also compare "
        "the SHA-256 with what the auditors gave you separately.",
    "cli.verify.unknown": "unknown",
    "cli.verify.framework": "{version}, fingerprint {fingerprint}",
    "cli.verify.report": "Report: {report}",
    "cli.verify.consistent": "The attachment {attachment} has the SHA-256 the report "
                             "prints: {sha256}",
    "cli.verify.inconsistent": "✗ The attachment {attachment} is not the file whose SHA-256 "
                               "the report prints:",
    "cli.verify.printed": "    printed:    {sha256}",
    "cli.verify.attached": "    attachment: {sha256}",
    "cli.verify.changed": "✗ Changed after it was written: {finding}.",
    "cli.verify.unchanged": "The PDF is still exactly as kwaliteitslabel wrote it (one "
                            "revision, content equal to the check data).",
    "cli.verify.matches_audit": "{audit} is exactly the attachment of the report.",
    "cli.verify.differs_from_audit": "✗ {audit} is not the attachment of the report (SHA-256 "
                                     "{sha256}). Differences (- attachment, + audit file):",
    "cli.verify.framework_printed": "  Framework according to the report:     {framework}",
    "cli.verify.framework_attached": "  Framework according to the attachment: {framework}",
    "cli.verify.signature": "Signature: {text}",
    # keys
    "cli.keys.no_keyring": "--keyring: the folder {folder} does not exist; create it first",
    "cli.keys.exists": "{path}: already exists; choose another name for the key",
    "cli.keys.made": "Key {ident} made: private in {private} (readable only by you), public in "
                     "{public}.",
    "cli.keys.where":
        "Put the public key in the framework's keyring (the folder '{keyring}' next to the "
        "versions, e.g. norms/{keyring}/); decisions signed with it then count.",
}
