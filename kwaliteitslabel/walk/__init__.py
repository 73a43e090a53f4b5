"""The walk through an audit, norm by norm: what is asked and saved, and how it is shown."""
