# kg: the SPARQL endpoint with the example articles loaded. Same install step as `make run`.
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends make nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN python -m venv .venv && .venv/bin/python -m pip install --quiet --upgrade "pip==26.3" \
    && sh scripts/install.sh .venv && sh scripts/assets.sh
ENV KG_STORE=/data/store KG_HOST=0.0.0.0 KG_PORT=5000
VOLUME /data
EXPOSE 5000
CMD ["sh", "-c", ".venv/bin/kg load examples --store \"$KG_STORE\" --quiet; exec .venv/bin/kg serve"]
