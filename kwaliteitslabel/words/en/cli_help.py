"""The help of every command and option, in English (see words/nl/cli_help.py).
"""

WORDS = {
    "help.audit": "Audits: create, walk through, fill in, progress and score.",
    "help.audit.advise": "Record the auditors' own advice to the commission, with a reason.",
    "help.audit.advise.advice": "positief (positive) or negatief (negative).",
    "help.audit.advise.by": "Who gives the advice (the lead auditor).",
    "help.audit.advise.date": "Date of the advice, YYYY-MM-DD (default: today).",
    "help.audit.advise.force": "Replace an advice already recorded.",
    "help.audit.advise.reason": "Why the auditors advise as they do.",
    "help.audit.check":
        "For each requirement of the route: what is in order and what is missing, plus warnings "
        "(exit 1 if a requirement is missing).",
    "help.audit.compare":
        "Compare two audits: per norm the old and the new verdict (beter, gelijk, slechter, "
        "nieuw, vervallen: better, the same, worse, new, lapsed) and the change per area, across"
        " framework versions too.",
    "help.audit.compare.new": "The later audit.",
    "help.audit.compare.old": "The earlier audit.",
    "help.audit.decide":
        "Record the decision of the commission (beheercommissie, the label's governing "
        "committee): the certificate, or the registration of a peer review; or suspend or "
        "withdraw the label.",
    "help.audit.decide.by":
        "The body that decides, as the framework names it: 'beheercommissie Kwaliteitslabel'.",
    "help.audit.decide.date": "Date of the decision, YYYY-MM-DD.",
    "help.audit.decide.despite_rules":
        "Grant on an advice that departs from the decision rules (the commission has taken "
        "note).",
    "help.audit.decide.force": "Replace a decision already recorded.",
    "help.audit.decide.granted":
        "The certificate is granted (peer review: the review is registered).",
    "help.audit.decide.key":
        "The commission's private key (kwaliteitslabel keys new); signs the decision.",
    "help.audit.decide.number": "The certificate number.",
    "help.audit.decide.reason": "Explanation of the decision.",
    "help.audit.decide.refused": "Not granted (not registered).",
    "help.audit.decide.signed_by":
        "Who signs on behalf of the commission: 'NAME, role' (repeat for each).",
    "help.audit.decide.suspend": "Suspend the label (with --date, --by and --reason).",
    "help.audit.decide.withdraw": "Withdraw the label (with --date, --by and --reason).",
    "help.audit.details":
        "Show or change the audit's details (organisation, audit duo, dates, ...).",
    "help.audit.details.auditor": "'NAME; ORGANISATION; ROLE'; repeat for each; replaces the list.",
    "help.audit.details.certifying_body": "The certifying body.",
    "help.audit.details.characterisation": "A description of the organisation.",
    "help.audit.details.date": "First audit day, YYYY-MM-DD.",
    "help.audit.details.end_date": "Last audit day, YYYY-MM-DD.",
    "help.audit.details.force":
        "Overwrite what someone else has saved in these fields in the meantime.",
    "help.audit.details.fte": "Size in FTE.",
    "help.audit.details.organisation": "Name of the organisation.",
    "help.audit.details.participant": "'ROLE:COUNT[:NOTE]'; repeat for each; replaces the list.",
    "help.audit.details.peer": "Peer organisation; repeat for each; replaces the list.",
    "help.audit.details.scope": "What the audit covers.",
    "help.audit.export": "One row per norm: verdict, findings, evidence, points, who and when.",
    "help.audit.export.kind": "csv, xlsx or json.",
    "help.audit.export.output":
        "The file (default: csv and json to the screen, xlsx next to the audit).",
    "help.audit.git-setup":
        "Set up git to merge audits norm by norm (.gitattributes and git config).",
    "help.audit.git-setup.folder": "The folder in the git repository (default: here).",
    "help.audit.git-setup.pattern": "Which files are audits (a .gitattributes pattern).",
    "help.audit.import":
        "Read a spreadsheet back in: only the norms that changed are saved, each by the "
        "framework's rules.",
    "help.audit.import.dry_run": "Only show what would change; save nothing.",
    "help.audit.import.sheet": "An .xlsx or .csv written by 'audit export'.",
    "help.audit.improvements":
        "The organisation's improvement plan: without options, the list; with --norm and "
        "--action, a new action; with --item N, change an action (or --remove it).",
    "help.audit.improvements.action": "What the organisation is going to do.",
    "help.audit.improvements.deadline": "When it is to be done, YYYY-MM-DD.",
    "help.audit.improvements.force":
        "Save even if someone else changed the plan in the meantime (after looking at their "
        "version).",
    "help.audit.improvements.item": "The number of the action to change (see the list).",
    "help.audit.improvements.norm":
        "The norm of a new action (e.g. D5); with --item: move the action to this norm.",
    "help.audit.improvements.owner": "Who sees to it (a name or a job title).",
    "help.audit.improvements.plan_status":
        "How far the action has got: {statuses} (planned, under way, done; a new one: gepland).",
    "help.audit.improvements.remove": "Remove the action given by --item from the plan.",
    "help.audit.merge":
        "Merge two copies of one audit, norm by norm (A and B stay unchanged).\n"
        "\n"
        "In a terminal you choose A, B or both for each conflict; otherwise both answers stay "
        "under the norm, which stays open until 'audit set' or the walk assesses it.",
    "help.audit.merge-driver":
        "Git merge driver: merges audits norm by norm (exit 0: clean, 1: conflicts recorded in "
        "the file). Other YAML goes to git's ordinary text merge.",
    "help.audit.merge-driver.base": "The common ancestor (%O).",
    "help.audit.merge-driver.name": "The file's name in the repository (%P).",
    "help.audit.merge-driver.ours": "Our version, which receives the result (%A).",
    "help.audit.merge-driver.theirs": "Their version (%B).",
    "help.audit.merge.no_input": "Ask nothing: every conflict is recorded in the file.",
    "help.audit.merge.output": "The merged audit file (a new file).",
    "help.audit.migrate":
        "Move an audit to a newer framework, following that framework's herkomst.yaml (where "
        "each norm came from).",
    "help.audit.migrate.file": "The audit to move (it stays unchanged).",
    "help.audit.migrate.output": "The new audit file.",
    "help.audit.migrate.to": "The new framework: a version (2019) or a folder.",
    "help.audit.new":
        "Create a new audit (never overwrites an existing file); with --partial-of and --redo, a"
        " partial re-audit.",
    "help.audit.new.date": "First audit day, YYYY-MM-DD (default: today).",
    "help.audit.new.fte": "Size of the organisation in FTE.",
    "help.audit.new.organisation": "Name of the organisation.",
    "help.audit.new.route": "Route from the framework (kader.yaml, routes); Tab completes it.",
    "help.audit.new.scope": "What the audit covers.",
    "help.audit.programme":
        "The audit programme: the days, the interviews per role with their norms and questions, "
        "and how well each norm is covered (two roles, or one role and a document or "
        "observation).",
    "help.audit.programme.output": "Also write it as a PDF to this file.",
    "help.audit.run": "Walk through the norms interactively; every answer is saved at once.",
    "help.audit.run.at":
        "The day the verdicts of this walk were given, YYYY-MM-DD (default: now); for entering "
        "them afterwards.",
    "help.audit.run.auditor": "Your name, saved with every answer.",
    "help.audit.run.plain":
        "The line-by-line walk, even in a terminal that can do more (for screen readers).",
    "help.audit.run.start_at": "Start at this norm.",
    "help.audit.score": "Scores per area, the outcome, the label and the norms that decided it.",
    "help.audit.set":
        "Record the verdict on one norm without questions (for scripts and the audit duo); with "
        "--follow-up N, the follow-up of an improvement point from the previous audit.",
    "help.audit.set.at":
        "The day the verdict was given, YYYY-MM-DD (default: now); for entering a verdict "
        "afterwards.",
    "help.audit.set.auditor": "Who gave this verdict.",
    "help.audit.set.evidence":
        "Evidence, e.g. 'gesprek/medewerkers: ...' (an interview with staff) or 'document: ...'.",
    "help.audit.set.finding": "Findings (replace the previous ones).",
    "help.audit.set.force":
        "Save even if someone else changed this norm in the meantime (after looking at their "
        "version).",
    "help.audit.set.improvement": "Improvement point.",
    "help.audit.set.norm": "Norm id, e.g. V3.",
    "help.audit.set.reason": "Reason for nvt (not applicable).",
    "help.audit.set.recover": "Save the answers from the recovery file next to the audit.",
    "help.audit.set.replace":
        "Replace evidence, strengths and improvement points with what you give now (without it, "
        "they are added).",
    "help.audit.set.score":
        "Verdict from the framework's scale (voldoet, voldoet_deels, voldoet_niet and nvt in "
        "the shipped frameworks): its id, its name, another word for it or its key in the "
        "walk; an unknown verdict's error lists the choices.",
    "help.audit.set.strength": "Strength.",
    "help.audit.status": "Progress per area, the number of norms per verdict, and the open norms.",
    "help.audit_file": "The audit file (YAML).",
    "help.auditor":
        "Auditor or peer assessor: 'NAME; ORGANISATION; ROLE' (organisation and role may be left"
        " out; repeat for the duo and the assessors).",
    "help.certificate":
        "Make the certificate (one page), only once the commission has granted it.",
    "help.certificate.key":
        "The commission's private key: the certificate gets its PDF signature (PAdES).",
    "help.certificate.output": "The PDF file or the folder (default: reports/).",
    "help.certifying_body": "The certifying body.",
    "help.end_date": "Last audit day, YYYY-MM-DD.",
    "help.follow_up":
        "Number of the previous audit's improvement point at this norm (1, 2, ...; see 'audit "
        "status'); with --status and, if you like, --note.",
    "help.follow_up_note": "A note on the follow-up of the improvement point.",
    "help.follow_up_status":
        "What became of the improvement point: afgerond (done), loopt (under way), niet_opgepakt"
        " (not taken up) or open.",
    "help.json": "Output as JSON, for scripts.",
    "help.keys": "The keys with which the commission (beheercommissie) signs its decisions.",
    "help.keys.new":
        "Make an Ed25519 key pair: the private key (readable by you only) and the public key for"
        " the framework's keyring.",
    "help.keys.new.example": "An example key, for examples and tests.",
    "help.keys.new.file": "Where the private key goes (e.g. commissie.pem); keep it secret.",
    "help.keys.new.keyring":
        "The keyring (the folder 'sleutels' next to the framework's versions) that receives the "
        "public key; default: next to FILE.",
    "help.keys.new.name": "Whose key this is, e.g. 'beheercommissie Kwaliteitslabel, 2026'.",
    "help.line.certificate":
        "Make the certificate (one page), only once the commission has granted it.",
    "help.line.report": "Make a PDF report of one or more audits (PDF/A, with the audit attached).",
    "help.line.verify": "Check whether a report still belongs to its audit.",
    "help.merge_input": "A copy of the audit (stays unchanged).",
    "help.no_cache": "Read every file again, without the cache next to the folder.",
    "help.norms": "The framework of norms: check, view, compare.",
    "help.norms_option":
        "A folder with a framework, or a version such as 2017 (default: the one shipped with "
        "the tool; or $KWALITEITSLABEL_NORMS).",
    "help.norms.check": "Check a framework and report every error as file:line:column.",
    "help.norms.check.folder":
        "Folder with kader.yaml (default: the workspace's norms/ or the framework shipped with "
        "the tool).",
    "help.norms.diff": "Compare two versions: merged, split, new, lapsed, word by word.",
    "help.norms.diff.new": "Folder of the new framework.",
    "help.norms.diff.old": "Folder of the old framework.",
    "help.norms.list": "List all norms, or those of one area.",
    "help.norms.list.area": "Only this area (id).",
    "help.norms.report":
        "Make the framework into a booklet (PDF/A, accessible).\n"
        "\n"
        "As the commission publishes it: per norm what marks each verdict, the interview "
        "questions per role and the evidence, then the decision rules and the table of audit "
        "days.",
    "help.norms.report.folder":
        "Folder with kader.yaml (default: the framework shipped with the tool).",
    "help.norms.report.output":
        "The PDF file or the folder for it (default: reports/normenkader-VERSION.pdf).",
    "help.norms.report.since":
        "Folder of an older framework: the booklet gets a chapter on what has changed since.",
    "help.norms.schema":
        "The JSON Schema of the norm files, for an editor (VS Code's YAML extension).",
    "help.norms.schema.area": "The schema of this area's norm file (id).",
    "help.norms.schema.manifest": "The schema of kader.yaml instead of that of a norm file.",
    "help.norms.schema.write":
        "Write the schemas to schema/ next to the framework and put in each file the line that "
        "points the editor to them.",
    "help.norms.show":
        "Show one norm in full: the statement, explanation, interview questions and evidence.",
    "help.norms.show.norm_id": "Norm id, e.g. V1.",
    "help.partial_of":
        "A partial re-audit of this audit: only the norms of --redo are open, the others are "
        "carried over.",
    "help.pdf_lang": "Language of the PDF: nl or en.",
    "help.peer": "Peer organisation in a peer review (intercollegiale toetsing; repeat for each).",
    "help.previous":
        "The organisation's previous audit: its details are taken over and its improvement "
        "points are put under the norms to follow up.",
    "help.redo": "With --partial-of: the norms to assess again, e.g. D5,O3.",
    "help.register":
        "The Kwaliteitsregister (the public register of labels): every audit in a folder, with "
        "its status and validity; 'register stats' gives the figures per norm for the "
        "commission.",
    "help.register.list":
        "Show the register: every audit in DIR with its outcome, decision, validity and status.",
    "help.register.list.csv": "Write the register as CSV.",
    "help.register.list.every":
        "Include on the web page the labels that are not active (expired, suspended, withdrawn).",
    "help.register.list.html":
        "Write the public register as a web page into this folder (index.html, en.html).",
    "help.register.list.months": "Put the labels that expire within this many months at the top.",
    "help.register.list.xlsx": "Write the register as a spreadsheet (.xlsx).",
    "help.register.stats":
        "Per norm, how often each verdict was given, what is most often not met or not "
        "applicable (nvt), which improvement points recur and where the routes differ.",
    "help.register.stats.named":
        "Name the organisations with their verdicts (anonymous by default).",
    "help.register.stats.output": "Also write it as a PDF to this file (or this folder).",
    "help.register_date":
        "The register as it was or will be on this date, YYYY-MM-DD (default: today).",
    "help.register_folder": "Folder of audit files (subfolders included).",
    "help.report": "Make a PDF report of one or more audits (PDF/A, with the audit attached).",
    "help.report.files": "Audit file(s) or a folder of audits.",
    "help.report.force": "Replace even a final report with a CONCEPT (draft).",
    "help.report.output":
        "For one audit: the PDF file; for several audits or a folder: the folder for the PDFs "
        "(default: reports/).",
    "help.report.sign":
        "Sign the report with the commission's private key (PAdES); for a single report.",
    "help.root":
        "Audits for the Kwaliteitslabel Sociaal Werk, the quality label of Dutch social work: "
        "norms, audits, scores and reports.",
    "help.root.lang": "Language of the help and the messages: nl or en (or ${env}).",
    "help.root.quiet": "No progress, notices or warnings on stderr; errors still show.",
    "help.root.verbose": "Say on stderr which framework is used, from which folder.",
    "help.root.version": "Show the version and exit.",
    "help.verify":
        "Check whether a report still belongs to its audit.\n"
        "\n"
        "Compares the attachment with the SHA-256 the report prints (and with AUDIT.yaml, if "
        "given) and names the framework. A check of consistency, not a signature.",
    "help.verify.audit": "The audit file to compare with.",
    "help.verify.report": "A report made by kwaliteitslabel.",
}
