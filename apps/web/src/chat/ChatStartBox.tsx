import { CHAT_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import Form from 'next/form';
import { TextField } from '../components/TextField';
import type { ChatText } from './chatText.ko';
import { CHAT_PATH } from './chatUrls';
import './chatStart.css';

/**
 * The home page's box: what the reader says goes to /chat as the first message (`?q=`). A GET
 * form, so it works before any script loads.
 */
export function ChatStartBox({ text }: { text: ChatText['start'] }) {
  return (
    <Form action={CHAT_PATH} className="search-box chat-start" data-testid="chat-start">
      <TextField
        id="chat-start-q"
        label={text.label}
        name="q"
        type="text"
        required
        maxLength={CHAT_TEXT_MAX_LENGTH}
        autoComplete="off"
        className="search-box__input"
        placeholder={text.placeholder}
        data-testid="chat-start-input"
      />
      <button type="submit" className="button search-box__submit" data-testid="chat-start-submit">
        {text.submit}
      </button>
    </Form>
  );
}
