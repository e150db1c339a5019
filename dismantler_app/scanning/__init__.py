"""Reading codes from pictures: camera sources, barcode decoding, confirmation and evidence frames.

An adapter over OpenCV, zxing-cpp and (where installed) pyzbar. It produces events through a thread-safe callback;
it never touches Qt (the GUI adapts the callback to signals) nor storage (the services keep the evidence by hash).
"""
