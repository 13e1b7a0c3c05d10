#!/usr/bin/env python3
"""A loopback HTTP/1.1 server that answers every request after a fixed delay (bench only).

  fixed_latency_server.py PORT DELAY_MS [STALL_AT_S STALL_S]

Keep-alive, no body parsing beyond the headers (GET only). With STALL_AT_S/STALL_S, every response
that would be sent in [start+STALL_AT_S, start+STALL_AT_S+STALL_S) is held until the stall ends: a
one-second server stall, to show coordinated omission. Binds 127.0.0.1 only and exits after 10 minutes
at the latest, so a forgotten server cannot linger.
"""
import asyncio
import sys
import time

BODY = b'{"ok":true}'
RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
MAX_LIFETIME_S = 600


async def main() -> None:
    port = int(sys.argv[1])
    delay = float(sys.argv[2]) / 1000.0
    stall_at = float(sys.argv[3]) if len(sys.argv) > 3 else None
    stall_for = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    start = time.monotonic()

    async def respond_when_due() -> None:
        await asyncio.sleep(delay)
        if stall_at is not None:
            now = time.monotonic() - start
            if stall_at <= now < stall_at + stall_for:
                await asyncio.sleep(stall_at + stall_for - now)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if not head:
                    break
                await respond_when_due()
                writer.write(RESPONSE)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
    print("ready", flush=True)
    async with server:
        await asyncio.sleep(MAX_LIFETIME_S)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
