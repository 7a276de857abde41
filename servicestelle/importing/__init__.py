"""Reading, mapping and importing spreadsheets (Excel, LibreOffice, CSV)."""
