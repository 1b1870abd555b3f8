import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DocumentMediaType } from '../../core/documents.js';
import type { Performer } from './care-request-types.js';
import { useApi } from './context.js';
import { careRequestsKey } from './keys.js';
import { invalidateForCareRequest } from './live.js';

/** A document of a fiche (`GET /api/care-requests/:id/documents`), without its content. */
export interface FicheDocument {
  id: string;
  title: string;
  fileName: string;
  mediaType: DocumentMediaType;
  sizeBytes: number;
  sha256: string;
  uploadedBy: Performer;
  createdAt: string;
}

/** Under the fiche's `id` key: a live event about the fiche refetches its documents too. */
const documentsKey = (careRequestId: string) => [...careRequestsKey, 'id', careRequestId, 'documents'] as const;
/** The bytes of a document never change (documents are append-only): fetched once. */
const contentKey = (documentId: string) => ['documents', documentId, 'content'] as const;

/** Where a document downloads from (served as an attachment). */
export function documentUrl(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}`;
}

/** The documents of a fiche, newest first; `enabled` for those with the full view only. */
export function useFicheDocuments(careRequestId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: documentsKey(careRequestId),
    queryFn: () => api.get<{ documents: FicheDocument[] }>(`/api/care-requests/${encodeURIComponent(careRequestId)}/documents`),
    select: (data) => data.documents,
    enabled,
  });
}

/** "Ajouter un document à la fiche": the file and its title, as multipart/form-data; the fiche and its documents are then refetched. */
export function useAddDocument(careRequestId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, title }: { file: File; title: string }) => {
      const form = new FormData();
      form.append('title', title);
      form.append('file', file, file.name);
      return api.postForm<{ document: FicheDocument }>(`/api/care-requests/${encodeURIComponent(careRequestId)}/documents`, form);
    },
    onSuccess: () => invalidateForCareRequest(queryClient, careRequestId),
  });
}

/**
 * The preview of an image document: fetched through the API as a Blob and shown through an object
 * URL (revoked when the component goes), never by pointing an <img> at the API. Null meanwhile,
 * for a PDF, or when `enabled` is false.
 */
export function useDocumentPreview(document: FicheDocument, enabled = true): string | null {
  const api = useApi();
  const isImage = document.mediaType !== 'application/pdf';
  const content = useQuery({
    queryKey: contentKey(document.id),
    queryFn: () => api.blob(documentUrl(document.id)),
    enabled: enabled && isImage,
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string | null>(null);
  const blob = content.data;
  useEffect(() => {
    if (!blob) return undefined;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [blob]);
  return url;
}
