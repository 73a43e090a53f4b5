"""The words of the report's chapters on the cycle in English: the follow-up of the
previous audit, the organisation's improvement plan, the partial re-audit."""

WORDS = {
    "plan.intro": "Beside the auditors' improvement points, the organisation records its own "
                  "actions: what it will do, who sees to it, when it is done and how far it "
                  "has got ({count} action(s)). The plan is the organisation's; its status "
                  "may change after the advice and the decision.",
    "plan.required": "On this route a positive advice needs an action with a deadline for "
                     "every norm that is partly met.",
    "plan.missing": "Still without an action with a deadline: {norms}.",
    "plan.norm": "Norm",
    "plan.points": "The auditors' improvement points",
    "plan.actions": "The organisation's actions",
    "plan.no_actions": "No action in the plan.",
    "plan.no_owner": "no owner",
    "plan.status.gepland": "Planned",
    "plan.status.loopt": "In progress",
    "plan.status.afgerond": "Completed",
    "follow_up.intro": "The previous audit ({route}, {period}, framework {version}) gave "
                       "{count} improvement point(s). For each point, this section shows the "
                       "norm it belongs to now and what was done about it.",
    "follow_up.mapped": "The points are shown with the norm of framework {new} that the norm "
                        "of {old} became part of.",
    "follow_up.was": "{version}: {norm}, {verdict}",
    "follow_up.no_verdict": "no verdict",
    "follow_up.norm": "Norm",
    "follow_up.point": "Improvement point of the previous audit",
    "follow_up.status": "Status",
    "follow_up.note": "Note",
    "follow_up.none": "The previous audit gave no improvement points.",
    "follow_up.status.open": "Not yet assessed",
    "follow_up.status.afgerond": "Completed",
    "follow_up.status.loopt": "In progress",
    "follow_up.status.niet_opgepakt": "Not taken up",
}
