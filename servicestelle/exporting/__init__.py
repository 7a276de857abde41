"""Lists written to spreadsheets (.xlsx): what a list page shows, as a workbook."""

from .lists import ExportCancelled, describe_query, export_list, suggested_file_name

__all__ = ["ExportCancelled", "describe_query", "export_list", "suggested_file_name"]
