"""Every word of the tool in Dutch, a module per section (`words.SECTIONS`)."""
