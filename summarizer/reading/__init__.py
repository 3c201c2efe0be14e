"""Reading: bytes, files, URLs and HTML pages turned into plain text and what the page says about itself."""
