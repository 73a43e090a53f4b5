"""Every word of the tool in English, a module per section (`words.SECTIONS`)."""
