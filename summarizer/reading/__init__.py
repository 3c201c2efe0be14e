"""Reading: bytes, files and pages turned into the plain text the article parser reads."""
