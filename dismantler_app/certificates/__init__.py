"""Certificates on paper and regulatory reports on disk.

Renders :class:`~dismantler_app.domain.certificate.CertificateDocument` values to PDF with reportlab (templates cn
and eu, embedded fonts, a signed QR statement and a Code 128 of the number), verifies and extracts statements from
PDFs and scans, writes the regulatory reports as CSV/XLSX, and hands PDFs to the OS print spooler. It never reads
the store: the services pass it plain values.
"""
