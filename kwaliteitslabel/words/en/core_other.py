"""The core's own messages in English: reading YAML files, saving files, characters and names
an audit refuses (frameworks, the cycle and verify: core_other_domain.py)."""

WORDS = {
    # messages.py: what a YAML or validation error means
    "messages.syntax.unreadable": "unreadable YAML",
    "messages.syntax.duplicate_key":
        "key '{name}' appears twice in the same set of fields; remove or rename one of them",
    "messages.syntax.tab":
        "a tab is used for indenting; YAML needs spaces (replace the tab with spaces)",
    "messages.syntax.error": "YAML syntax error: {hint}",
    "messages.syntax.other":
        "YAML syntax error: check the indentation, colons and quotation marks on this line "
        "and the line above (the YAML reader says: {problem})",
    "messages.syntax.list_indent":
        "a list line (- ...) is not indented as far as the lines above it",
    "messages.syntax.indent":
        "the indentation is wrong; indent keys at the same level equally far",
    "messages.syntax.open_list": "a list between [ ] is not closed with ]",
    "messages.syntax.open_block": "a block between {braces} is not closed with {close}",
    "messages.syntax.colon":
        "a colon where none is allowed; put text that contains ': ' between quotation marks",
    "messages.syntax.no_colon": "a colon is missing (key: value)",
    "messages.syntax.alias": "an alias (*name) refers to an anchor (&name) that does not exist",
    "messages.syntax.quote_open": "a quotation mark is not closed",
    "messages.syntax.bad_start":
        "a character a value cannot start with (such as @ or `); put the text between "
        "quotation marks",
    "messages.syntax.after_quote":
        "there is more text after a value between quotation marks; put all of it between the "
        "quotation marks",
    "messages.syntax.escape":
        "a \\ in text between double quotation marks; write \\\\ or use single quotation marks",
    "messages.syntax.dash": "a list line lacks '- ' or is not indented equally far",
    "messages.field.missing": "required field '{name}' is missing{place}; add it",
    "messages.field.unknown_hint": "unknown field '{name}'{place}; did you mean '{hint}'?",
    "messages.field.unknown_allowed": "unknown field '{name}'{place}; allowed: {allowed}",
    "messages.field.unknown": "unknown field '{name}'{place}",
    "messages.or": " or ",
    "messages.value.choose": "'{given}' is not a valid value for '{field}'; choose from "
                             "{expected}",
    "messages.value.text": "'{field}' must be text, not {given}",
    "messages.value.int": "'{field}' must be a whole number, not {given}",
    "messages.value.number": "'{field}' must be a number, not {given}",
    "messages.value.bool": "'{field}' must be true or false, not {given}",
    "messages.value.list": "'{field}' must be a list (lines that start with '- ')",
    "messages.value.mapping": "'{field}' must be a set of fields (key: value), not {given}",
    "messages.value.datetime": "'{field}' must be a moment written as YYYY-MM-DDTHH:MM, not "
                               "{given}",
    "messages.value.date": "'{field}' must be a date written as YYYY-MM-DD, not {given}",
    "messages.value.empty": "'{field}' is empty; fill in a text",
    "messages.value.too_long": "'{field}' is too long; shorten the text",
    "messages.value.too_many": "'{field}' has too many; at most {maximum}",
    "messages.value.too_few": "'{field}' has too few; at least {minimum} are needed",
    "messages.value.impossible": "'{field}' has an impossible value ({given}): {msg}",
    "messages.value.invalid": "'{given}' is not a valid value for '{field}'",
    "messages.value": "value",
    "messages.shown.mapping": "a set of fields",
    "messages.shown.list": "a list",
    "messages.shown.empty": "empty",
    # yamlio.py: reading a YAML file
    "yamlio.too_big": "{path}: the file is too large ({size} KiB; at most {most} KiB). Is this "
                      "the right file?",
    "yamlio.no_read": "{path}: no permission to read. Change the permissions (e.g. chmod u+r).",
    "yamlio.unreadable": "{path}: cannot be read ({reason}).",
    "yamlio.not_utf8":
        "{path}:{line}: the file is not UTF-8 (byte 0x{byte}). Save it as UTF-8 (in most "
        "editors: 'Save as' > encoding UTF-8).",
    "yamlio.not_utf8.problem": "not valid UTF-8 text; save as UTF-8",
    "yamlio.audit_too_big":
        "{path}: the audit file is too large ({size} KiB; at most {most} KiB, so that the "
        "report is ready within half a minute). Shorten the longest texts or spread the "
        "evidence over fewer items.",
    "yamlio.started_at": " (the part that goes wrong here starts on line {line})",
    "yamlio.invalid": "{path}: not valid YAML ({error}).",
    "yamlio.too_deep": "{path}: nested too deeply; this is not a norms or audit file.",
    "yamlio.no_such_date": "'{token}' is not a date that exists; write YYYY-MM-DD",
    "yamlio.unreadable_value": "a value cannot be read",
    "yamlio.too_deep_levels":
        "{path}: nested too deeply (more than {most} levels); this is not a norms or audit "
        "file.",
    "yamlio.aliases":
        "{path}: anchors and aliases (&/*) make the file grow to {total} values (at most "
        "{most}); write the values out instead of stacking aliases.",
    "yamlio.problems": "{path}: {count} error(s)",
    # atomic.py: saving a file
    "atomic.doing.save": "saving",
    "atomic.doing.read": "reading",
    "atomic.doing.write": "writing",
    "atomic.doing.save_aside": "saving a separate copy",
    "atomic.doing.programme": "saving the programme",
    "atomic.doing.certificate": "saving the certificate",
    "atomic.doing.booklet": "saving the booklet",
    "atomic.doing.statistics": "saving the statistics",
    "atomic.doing.report": "saving the report",
    "atomic.doing.key": "saving the key",
    "atomic.doing.public_key": "saving the public key",
    "atomic.doing.schema": "writing the schema",
    "atomic.doing.schema_line": "writing the schema line",
    "atomic.doing.cache": "saving the framework's cache",
    "atomic.disk_full":
        "{path}: {doing} failed, the disk is full. Free up space (or copy the file to another "
        "disk) and try again; nothing has been changed.",
    "atomic.quota":
        "{path}: {doing} failed, your disk quota is used up. Free up space and try again; "
        "nothing has been changed.",
    "atomic.read_only_system":
        "{path}: {doing} failed, this file system is read-only (e.g. a protected USB stick or "
        "a network folder without write permission). Copy the audit to a folder you may "
        "write to.",
    "atomic.no_permission":
        "{path}: {doing} failed, the operating system does not allow it ({reason}). Check the "
        "permissions of the file and the folder (ls -l), or work in a copy of your own.",
    "atomic.gone": "{path}: {doing} failed, the file or the folder does not exist (any more).",
    "atomic.disk_error":
        "{path}: {doing} failed because of a read or write error of the disk. Keep a copy "
        "elsewhere and have the disk checked.",
    "atomic.failed": "{path}: {doing} failed ({reason}).",
    "atomic.not_regular": "{path}: this is not a regular file; it will not be overwritten.",
    "atomic.hard_links":
        "{path}: this file has {count} names (hard links). Saving would break that link: the "
        "other names would keep the old content. Make an ordinary copy (cp) and continue "
        "working in that copy.",
    "atomic.read_only":
        "{path}: this file is read-only; nothing has been changed. If you do want to change "
        "it, make it writable (chmod u+w {name}) or work in a copy.",
    "atomic.other_owner":
        "{path}: this file belongs to another user or group (uid {uid}, gid {gid}); saving "
        "would make it yours. Let the owner save, or work in a copy of your own. Nothing has "
        "been changed.",
    "atomic.attribute":
        "{path}: the extended attribute {name} of this file cannot be kept; nothing has been "
        "changed.",
    "atomic.exists": "{path}: already exists; choose another name.",
    "atomic.no_folder": "{path}: the folder {folder} does not exist; create it first.",
    # text.py: characters an audit cannot hold
    "text.char.cr": "a carriage return (CR)",
    "text.char.esc": "an escape character (ESC)",
    "text.char.bel": "a bell character (BEL)",
    "text.char.nul": "a null character (NUL)",
    "text.char.line_separator": "a Unicode line separator",
    "text.char.paragraph_separator": "a Unicode paragraph separator",
    "text.char.nel": "a line break from an old character set (NEL)",
    "text.char.bidi": "an invisible character that changes the direction of the text",
    "text.char.control": "an invisible control character",
    "text.char.invalid": "not a valid Unicode character",
    "text.refused_at":
        "the character {code} at position {position} is {hint} and cannot be in an audit; "
        "type the text again without that character (it often comes along when copying and "
        "pasting)",
    "text.refused":
        "the character {code} is {hint} and cannot be in an audit; type the text again "
        "without that character (it often comes along when copying and pasting)",
    "text.one_line": "this field is one line of text; remove the line break",
    # identity.py
    "identity.mixed_scripts":
        "{what} '{name}' mixes Latin with Cyrillic or Greek letters in one word ({words}); "
        "type the name again in Latin letters",
}
