/**
 * A Helm chart for fixtures, in the `helm create` layout: `web/` with its Chart.yaml and helpers (`web.labels`
 * includes `web.selectorLabels`), a Service and a Deployment whose ports, selector and containers a test fills in.
 */
export const webChart = (templates: string) => `
    //- web/Chart.yaml
    apiVersion: v2
    name: web
    version: 0.1.0
    //- web/templates/_helpers.tpl
    {{- define "web.selectorLabels" -}}
    app.kubernetes.io/name: web
    {{- end }}
    {{- define "web.labels" -}}
    helm.sh/chart: web
    {{ include "web.selectorLabels" . }}
    {{- end }}
    ${templates}`;

export const webService = (targetPort: string, selector = '{{- include "web.selectorLabels" . | nindent 4 }}', note = '') => `
    //- web/templates/service.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: {{ include "web.fullname" . }}
      labels:
        {{- include "web.labels" . | nindent 4 }}
    spec:
      type: {{ .Values.service.type }}
      ports:
        - port: {{ .Values.service.port }}
          targetPort: ${targetPort}${note}
      selector:
        ${selector}`;

export const webDeployment = (containers: string, apiVersion = 'apps/v1', selector = '') => `
    //- web/templates/deployment.yaml
    apiVersion: ${apiVersion}
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
    spec:
      selector:
        matchLabels:
          {{- include "web.selectorLabels" . | nindent 6 }}${selector}
      template:
        metadata:
          labels:
            {{- include "web.labels" . | nindent 8 }}
        spec:
          containers:
            - name: {{ .Chart.Name }}
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
              ${containers}`;

export const LITERAL_PORTS = `ports:
                - name: http
                  containerPort: {{ .Values.port }}
                  protocol: TCP
              env:
              {{- toYaml .Values.env | nindent 10 }}
              resources:
                {{- toYaml .Values.resources | nindent 12 }}`;
